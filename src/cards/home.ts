import type { HistoryEntry } from '../history';
import { STRINGS } from '../i18n/strings';
import { actionButton, buttons, header, linkButton, paragraph } from './widgets';

/** The homepage's text input for a meeting code or link. */
export const LOOKUP_FIELD = 'meeting';

export interface HomeView {
  /** Recent links with their time already formatted; null when the person keeps no history. */
  history: { entry: HistoryEntry; when: string }[] | null;
  freeAccount: boolean;
}

/** The homepage, in Gmail and in Calendar: one button that makes a link, the recent ones, and a meeting lookup. */
export function homeCard(view: HomeView): GoogleAppsScript.Card_Service.Card {
  const main = CardService.newCardSection()
    .addWidget(paragraph(STRINGS.tagline))
    .addWidget(buttons(actionButton(STRINGS.createLink, 'createLink', {}, true)));
  if (view.freeAccount) main.addWidget(paragraph(`<i>${STRINGS.freeAccountNote}</i>`));
  const card = CardService.newCardBuilder().setName('home').setHeader(header(STRINGS.appName)).addSection(main);
  if (view.history) card.addSection(historySection(view.history));
  card.addSection(lookupSection());
  return card.build();
}

function historySection(history: NonNullable<HomeView['history']>) {
  const section = CardService.newCardSection().setHeader(STRINGS.recentLinks);
  if (!history.length) return section.addWidget(paragraph(STRINGS.noRecentLinks));
  for (const { entry, when } of history) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(entry.url)
        .setBottomLabel(STRINGS.madeAt(when))
        .setWrapText(true)
        .setButton(linkButton(STRINGS.openInMeet, entry.url)),
    );
  }
  section.addWidget(buttons(actionButton(STRINGS.clearRecent, 'clearHistory')));
  if (history.length > 3) section.setCollapsible(true).setNumUncollapsibleWidgets(3);
  return section;
}

/** The homepage's "Look up a meeting": a code or a link. */
export function lookupSection(): GoogleAppsScript.Card_Service.CardSection {
  return CardService.newCardSection()
    .setHeader(STRINGS.lookupTitle)
    .addWidget(CardService.newTextInput().setFieldName(LOOKUP_FIELD).setTitle(STRINGS.lookupField).setHint(STRINGS.lookupHint))
    .addWidget(buttons(actionButton(STRINGS.lookup, 'lookupMeeting')));
}
