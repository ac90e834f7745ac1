import { ACTION_FUNCTION, type ActionName } from '../host/actions';
import { activeLocale } from '../i18n/locale';
import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml, googleMeetUrl, htmlLink, googleCalendarEventUrl } from '../text/escape';
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
export function replyButton(text: string, name: ActionName, filled = false, parameters: Record<string, string> = {}) {
  const button = CardService.newTextButton().setText(text).setComposeAction(action(name, parameters), CardService.ComposedEmailType.REPLY_AS_DRAFT);
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

/** A button that opens a page. Only Google's Meet hosts (googleMeetUrl): anything else is a bug upstream, refused here. */
export function linkButton(text: string, url: string) {
  const safe = googleMeetUrl(url);
  if (!safe) throw new Error("MeetLink refused to offer a link that is not Google Meet's.");
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(safe));
}

/**
 * "Open in Calendar": the event's own page in Google Calendar (googleCalendarEventUrl), never any other page, with
 * the person's address as `authuser` (ownUrl), so it opens in the account the event is in when several are signed in.
 */
export function calendarButton(text: string, url: string, email: string | undefined) {
  const safe = googleCalendarEventUrl(url);
  if (!safe) throw new Error('MeetLink refused to offer a link that is not a Google Calendar event.');
  return CardService.newTextButton()
    .setText(text)
    .setOpenLink(CardService.newOpenLink().setUrl(ownUrl(safe, email)));
}

export function buttons(...list: GoogleAppsScript.Card_Service.TextButton[]) {
  return list.reduce((set, b) => set.addButton(b), CardService.newButtonSet());
}

export function paragraph(text: string) {
  return CardService.newTextParagraph().setText(text);
}

/**
 * A side note (a hint, a limit, a caveat): in italics, except in Japanese, whose type has no italics (a browser
 * slants the glyphs, which reads badly); there the note is plain text. `html` is already escaped or trusted.
 */
export function note(html: string) {
  return paragraph(activeLocale().locale === 'ja' ? html : `<i>${html}</i>`);
}

/**
 * A text input of a Workspace Studio step's config card that also offers the flow's variables (the outputs of
 * earlier steps, the starter's): a TextInput's hostAppDataSource with a WorkflowDataSource that includes variables
 * (studio/configuration-cards, and Google's calculator sample). Its name is the step input's id.
 */
export function workflowTextInput(fieldName: string, title: string, hint?: string) {
  const input = CardService.newTextInput()
    .setFieldName(fieldName)
    .setTitle(title)
    .setHostAppDataSource(CardService.newHostAppDataSource().setWorkflowDataSource(CardService.newWorkflowDataSource().setIncludeVariables(true)));
  return hint ? input.setHint(hint) : input;
}

/** The add-on's icon, as in appsscript.json's addOns.common.logoUrl (a test keeps the two equal). */
export const LOGO_URL = 'https://www.gstatic.com/images/icons/material/system/2x/video_call_black_48dp.png';

/** A card header with the add-on's icon (Google's card guidelines). Header text is plain text, not HTML. */
export function header(title: string, subtitle?: string) {
  const h = CardService.newCardHeader().setTitle(title).setImageUrl(LOGO_URL).setImageAltText(STRINGS.appName);
  return subtitle ? h.setSubtitle(subtitle) : h;
}

/**
 * The fixed footer for a card's primary action, as Google's card guidelines advise: the primary button is
 * FILLED and the secondary OUTLINED (card-service/fixed-footer).
 */
export function footer(primary: [string, ActionName, Record<string, string>?], secondary?: [string, ActionName, Record<string, string>?]) {
  const f = CardService.newFixedFooter().setPrimaryButton(actionButton(primary[0], primary[1], primary[2] ?? {}, true));
  if (!secondary) return f;
  return f.setSecondaryButton(actionButton(secondary[0], secondary[1], secondary[2] ?? {}).setTextButtonStyle(CardService.TextButtonStyle.OUTLINED));
}

/**
 * The person's own "Open in Meet": `authuser` makes Meet open in the account they use MeetLink with, when
 * several Google accounts are signed in. Never for a link that goes to others (drafts, invitations, shown text).
 */
export function openInMeetButton(url: string, email: string | undefined) {
  return linkButton(STRINGS.openInMeet, ownUrl(url, email));
}

/**
 * A Google page the person opens for themselves, in their own account: `authuser` with their address, the query
 * parameter Google's web apps read to pick one of several signed-in accounts (it takes an account's index or its
 * address; Google publishes no reference for it, so the address, which cannot point at the wrong account, is used).
 * The address is URL-encoded; the page's own parameters (an event's `eid`) are kept.
 */
export function ownUrl(url: string, email: string | undefined): string {
  return email ? `${url}${url.includes('?') ? '&' : '?'}authuser=${encodeURIComponent(email)}` : url;
}

/**
 * The widgets that show a Meet link and how to dial in; the link is selectable text. The dial-in label and PIN
 * come from Calendar data: escaped, clipped; "More phone numbers" is shown only as a link to Google's page (tel.meet).
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
  if (googleMeetUrl(link.morePhonesUrl)) widgets.push(paragraph(htmlLink(link.morePhonesUrl!, STRINGS.morePhones)));
  return widgets;
}
