import { ACTION_FUNCTION, type ActionName } from '../host/actions';
import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml, htmlLink, httpsUrl } from '../text/escape';
import type { MeetLink } from '../meet/conference';

/** The building blocks every screen uses: buttons routed through the one dispatcher, text, headers. */

export function action(name: ActionName, parameters: Record<string, string> = {}): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction()
    .setFunctionName(ACTION_FUNCTION)
    .setParameters({ ...parameters, action: name })
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
}

export function actionButton(text: string, name: ActionName, parameters: Record<string, string> = {}, filled = false) {
  const button = CardService.newTextButton().setText(text).setOnClickAction(action(name, parameters));
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

/** A button that opens a page. Only `https:` URLs: anything else is a bug upstream, refused here. */
export function linkButton(text: string, url: string) {
  const safe = httpsUrl(url);
  if (!safe) throw new Error('MeetLink refused to offer a link that is not https.');
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(safe));
}

export function buttons(...list: GoogleAppsScript.Card_Service.TextButton[]) {
  return list.reduce((set, b) => set.addButton(b), CardService.newButtonSet());
}

export function paragraph(text: string) {
  return CardService.newTextParagraph().setText(text);
}

export function header(title: string, subtitle?: string) {
  const h = CardService.newCardHeader().setTitle(title);
  return subtitle ? h.setSubtitle(subtitle) : h;
}

/**
 * The widgets that show a Meet link and how to dial in; the link is selectable text. The dial-in label and PIN
 * come from Calendar data: escaped, clipped; "More phone numbers" is a link only to an https: page.
 */
export function linkWidgets(link: MeetLink): GoogleAppsScript.Card_Service.Widget[] {
  const widgets: GoogleAppsScript.Card_Service.Widget[] = [
    CardService.newDecoratedText()
      .setTopLabel(STRINGS.meetLink)
      .setText(escapeHtml(link.url))
      .setBottomLabel(escapeHtml(STRINGS.meetingCode(link.code)))
      .setWrapText(true),
  ];
  if (link.dialIn) {
    widgets.push(
      CardService.newDecoratedText()
        .setTopLabel(STRINGS.dialIn)
        .setText(escapeHtml(STRINGS.dialInDetail(clip(link.dialIn.number, 60), link.dialIn.pin && clip(link.dialIn.pin, 30))))
        .setWrapText(true),
    );
  }
  if (httpsUrl(link.morePhonesUrl)) widgets.push(paragraph(htmlLink(link.morePhonesUrl!, STRINGS.morePhones)));
  return widgets;
}
