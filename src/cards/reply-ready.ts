import { STRINGS } from '../i18n/strings';
import type { MeetLink } from '../meet/conference';
import { escapeHtml } from '../text/escape';
import { buttons, header, linkWidgets, note, paragraph, replyButton } from './widgets';

export interface ReplyReadyView {
  link: MeetLink;
  as: 'link' | 'invitation';
  /** The card parameters that carry the link to the compose action (card action parameters are strings). */
  parameters: Record<string, string>;
}

/**
 * The link made for a reply, and the compose action that opens the reply-all draft with it. The link is shown as
 * text here first, so whatever Gmail does with the compose action (opens the draft, or shows its own error), the
 * person has the link and plain words: look in Drafts before trying again, or copy the link.
 */
export function replyReadyCard(view: ReplyReadyView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection().addWidget(paragraph(view.as === 'link' ? STRINGS.replyReadyLink : STRINGS.replyReadyInvitation));
  for (const widget of linkWidgets(view.link)) section.addWidget(widget);
  section.addWidget(buttons(replyButton(STRINGS.openReplyDraft, 'openReplyDraft', true, view.parameters)));
  if (view.link.temporaryEventLeft) section.addWidget(note(escapeHtml(STRINGS.temporaryEventLeft)));
  section.addWidget(note(escapeHtml(STRINGS.replyDraftFallback)));
  return CardService.newCardBuilder().setName('replyReady').setHeader(header(STRINGS.replyReadyTitle)).addSection(section).build();
}
