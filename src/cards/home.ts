import type { HistoryEntry } from '../history';
import { STRINGS } from '../i18n/strings';
import { escapeHtml } from '../text/escape';
import { action, actionButton, buttons, footer, header, note, openInMeetButton, paragraph } from './widgets';

/** The homepage's text input for a meeting code or link. */
export const LOOKUP_FIELD = 'meeting';

/** A saved link with its time already formatted in the person's zone and language (App.formatWhen). */
export interface SavedLinkView {
  entry: HistoryEntry;
  when: string;
  /** A pinned link made over eleven months ago: its code may expire (history.ts, isAging). */
  aging?: boolean;
}

export interface HomeView {
  /** Pinned links, then recent ones; null when the person keeps no history. */
  history: SavedLinkView[] | null;
  freeAccount: boolean;
  /** Whether "Look up a meeting" can work for this account (not free Gmail, not refused by Google). */
  lookup: boolean;
  /**
   * A work or school account Google refused its meeting controls (the Meet API) within the last 30 days: they
   * are hidden, and the homepage says why and how they come back.
   */
  meetControlsRefused?: boolean;
  /** The same controls hidden because the person did not allow MeetLink's Meet scope (granular consent). */
  meetControlsNotAllowed?: boolean;
  /** The signed-in person, for their own "Open in Meet" (authuser). */
  me?: string;
  /** A temporary event may still be in the calendar (a delete Google did not confirm): the tagline must not promise otherwise. */
  temporaryEventWaiting?: boolean;
}

/**
 * The homepage, in Gmail and in Calendar: one button that makes a link, the recent ones, and a meeting lookup. The
 * side panel is already titled MeetLink: the header says what the card holds, with the add-on's icon.
 */
export function homeCard(view: HomeView): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('home')
    .setHeader(header(STRINGS.homeTitle))
    .setFixedFooter(footer([STRINGS.createLink, 'createLink']));
  for (const section of homeSections(view)) card.addSection(section);
  return card.build();
}

/** Everything the homepage offers but its footer, section by section: other screens (an open Gmail message) offer it too. */
export function homeSections(view: HomeView): GoogleAppsScript.Card_Service.CardSection[] {
  const main = CardService.newCardSection().addWidget(paragraph(view.temporaryEventWaiting ? STRINGS.taglineWaiting : STRINGS.tagline));
  if (view.temporaryEventWaiting) main.addWidget(note(STRINGS.temporaryEventLeft));
  if (view.freeAccount) main.addWidget(note(STRINGS.freeAccountNote));
  const sections = [main];
  if (view.history) {
    sections.push(historySection(view.history, view.me));
    // "Clear" in a section of its own, so a collapsed list never hides it.
    if (view.history.some(({ entry }) => !entry.pinned)) {
      sections.push(CardService.newCardSection().addWidget(buttons(actionButton(STRINGS.clearRecent, 'confirmClearHistory'))));
    }
  }
  if (view.lookup) sections.push(lookupSection());
  else if (view.meetControlsRefused) sections.push(CardService.newCardSection().addWidget(note(STRINGS.meetControlsRefused)));
  else if (view.meetControlsNotAllowed) sections.push(CardService.newCardSection().addWidget(note(STRINGS.meetControlsNotAllowed)));
  return sections;
}

function historySection(history: SavedLinkView[], me: string | undefined) {
  const section = CardService.newCardSection().setHeader(STRINGS.recentLinks);
  if (!history.length) return section.addWidget(paragraph(STRINGS.noRecentLinks));
  section.addWidget(note(STRINGS.recentHint));
  for (const link of history) {
    section.addWidget(
      savedLinkRow(link)
        .setOnClickAction(action('openSavedLink', { code: link.entry.code }))
        .setButton(openInMeetButton(link.entry.url, me)),
    );
    if (link.aging) section.addWidget(buttons(actionButton(STRINGS.freshLink, 'freshLink', { code: link.entry.code })));
  }
  if (history.length > 3) section.setCollapsible(true).setNumUncollapsibleWidgets(4);
  return section;
}

/**
 * One saved link: its label above, the meeting code (short, never wrapped mid-code; the full link is one tap
 * away), and when it was made below; "Pinned" when it is.
 */
export function savedLinkRow({ entry, when, aging }: SavedLinkView) {
  const row = CardService.newDecoratedText()
    .setText(entry.code)
    .setBottomLabel(aging ? STRINGS.pinnedOldWhen(when) : entry.pinned ? STRINGS.pinnedWhen(when) : when)
    .setWrapText(false);
  return entry.label ? row.setTopLabel(escapeHtml(entry.label)) : row;
}

/** The homepage's "Look up a meeting": a code or a link. */
export function lookupSection(): GoogleAppsScript.Card_Service.CardSection {
  return CardService.newCardSection()
    .setHeader(STRINGS.lookupTitle)
    .addWidget(CardService.newTextInput().setFieldName(LOOKUP_FIELD).setTitle(STRINGS.lookupField).setHint(STRINGS.lookupHint))
    .addWidget(buttons(actionButton(STRINGS.lookup, 'lookupMeeting')));
}
