import { STRINGS } from '../i18n/strings';
import { type SavedLinkView, savedLinkRow } from './home';
import { actionButton, buttons, footer, header, paragraph } from './widgets';

export interface ComposeView {
  /** What the person's settings offer first. */
  first: 'link' | 'invitation';
  /** Pinned, then recent links; empty when the person keeps no history. */
  links: SavedLinkView[];
  /** "Recap a recent meeting": its list (Workspace), or why a free Gmail account has none. */
  recap?: 'read' | 'explain';
}

/**
 * The compose card: insert a new link or a whole invitation at the cursor (the person's default is the
 * footer's primary button), or one of their pinned or recent links.
 */
export function composeCard(view: ComposeView): GoogleAppsScript.Card_Service.Card {
  const link: [string, 'insertLink'] = [STRINGS.insertLink, 'insertLink'];
  const invitation: [string, 'insertInvitation'] = [STRINGS.insertInvitation, 'insertInvitation'];
  const card = CardService.newCardBuilder()
    .setName('compose')
    .setHeader(header(STRINGS.composeTitle))
    .addSection(CardService.newCardSection().addWidget(paragraph(STRINGS.composeHint)))
    .setFixedFooter(view.first === 'link' ? footer(link, invitation) : footer(invitation, link));
  if (view.links.length) {
    const section = CardService.newCardSection().setHeader(STRINGS.yourLinksTitle);
    // Never the footer's words: those make a new link, these use the saved one.
    const label = view.first === 'link' ? STRINGS.insertSavedLink : STRINGS.insertSavedInvitation;
    for (const saved of view.links) {
      section.addWidget(savedLinkRow(saved).setButton(actionButton(label, 'insertSaved', { code: saved.entry.code, as: view.first })));
    }
    if (view.links.length > 3) section.setCollapsible(true).setNumUncollapsibleWidgets(3);
    card.addSection(section);
  }
  // After a meeting: a recap to everyone invited (one click to the list; drawing this card calls nothing).
  if (view.recap) {
    card.addSection(
      CardService.newCardSection()
        .setHeader(STRINGS.recapSectionTitle)
        .addWidget(buttons(actionButton(STRINGS.recentTitle, view.recap === 'read' ? 'openRecentMeetings' : 'explainAfterMeeting'))),
    );
  }
  return card.build();
}
