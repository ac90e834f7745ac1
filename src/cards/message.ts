import { STRINGS } from '../i18n/strings';
import { type HomeView, homeSections } from './home';
import { actionButton, buttons, footer, header, paragraph } from './widgets';

export interface MessageView extends HomeView {
  /** What the person offers first when writing (settings): the same order here. */
  first: 'link' | 'invitation';
}

/**
 * Gmail, an open message: reply to everyone with a new Meet link or the invitation (the link is made first, then
 * "Open reply draft" has Gmail open the reply), then everything the homepage offers. Drawn without reading the message.
 */
export function messageCard(view: MessageView): GoogleAppsScript.Card_Service.Card {
  // Ordinary actions: they make the link, and show it with the compose action that opens the draft (reply-ready.ts).
  const link = actionButton(STRINGS.replyWithLink, 'replyWithLink', {}, view.first === 'link');
  const invitation = actionButton(STRINGS.replyWithInvitation, 'replyWithInvitation', {}, view.first === 'invitation');
  const reply = CardService.newCardSection()
    .addWidget(paragraph(STRINGS.messageHint))
    .addWidget(view.first === 'link' ? buttons(link, invitation) : buttons(invitation, link))
    .addWidget(buttons(actionButton(STRINGS.inviteToMeeting, 'openInvite')));
  const card = CardService.newCardBuilder()
    .setName('message')
    // The side panel is already titled MeetLink: the header says what the card is for.
    .setHeader(header(STRINGS.messageTitle))
    .setFixedFooter(footer([STRINGS.createLink, 'createLink']))
    .addSection(reply);
  for (const section of homeSections(view)) card.addSection(section);
  return card.build();
}
