import { ACTION_FUNCTION, type ActionName } from '../host/actions';
import { STRINGS } from '../i18n/strings';
import { escapeHtml } from '../invitation';
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

/** A button whose action makes a reply draft of the open Gmail message, which Gmail then opens (setComposeAction). */
export function replyButton(text: string, name: ActionName, filled = false) {
  const button = CardService.newTextButton().setText(text).setComposeAction(action(name), CardService.ComposedEmailType.REPLY_AS_DRAFT);
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

export function linkButton(text: string, url: string) {
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));
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

/** The widgets that show a Meet link and how to dial in; the link is selectable text. */
export function linkWidgets(link: MeetLink): GoogleAppsScript.Card_Service.Widget[] {
  const widgets: GoogleAppsScript.Card_Service.Widget[] = [
    CardService.newDecoratedText().setTopLabel(STRINGS.meetLink).setText(link.url).setBottomLabel(STRINGS.meetingCode(link.code)).setWrapText(true),
  ];
  if (link.dialIn) {
    widgets.push(
      CardService.newDecoratedText().setTopLabel(STRINGS.dialIn).setText(STRINGS.dialInDetail(link.dialIn.number, link.dialIn.pin)).setWrapText(true),
    );
  }
  if (link.morePhonesUrl) {
    widgets.push(paragraph(`<a href="${escapeHtml(link.morePhonesUrl)}">${STRINGS.morePhones}</a>`));
  }
  return widgets;
}
