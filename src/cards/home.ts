import type { HistoryEntry } from '../history';
import type { MeetLink } from '../meet/conference';
import { STRINGS } from '../ui/strings';
import { actionButton, buttons, header, linkButton, paragraph } from './action';
import { linkWidgets } from './link';
import { lookupSection, spaceSection } from './space';

export interface HomeView {
  /** Recent links with their time already formatted; null when the person keeps no history. */
  history: { entry: HistoryEntry; when: string }[] | null;
  freeAccount: boolean;
}

/** The homepage, in Gmail and in Calendar: one button that makes a link, and the recent ones. */
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

/** The link just made: selectable, with its code, dial-in, "Open in Meet" and "Create another". */
export function linkCard(link: MeetLink, freeAccount: boolean): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  for (const widget of linkWidgets(link)) section.addWidget(widget);
  section.addWidget(buttons(linkButton(STRINGS.openInMeet, link.url), actionButton(STRINGS.createAnother, 'createLink')));
  if (freeAccount) section.addWidget(paragraph(`<i>${STRINGS.freeAccountNote} ${STRINGS.spacesFreeNote}</i>`));
  const card = CardService.newCardBuilder().setName('link').setHeader(header(STRINGS.yourLink)).addSection(section);
  // A space MeetLink owns (Workspace accounts): who may join, and its meeting's state once read.
  if (link.space) card.addSection(spaceSection({ name: link.space.name, url: link.url, code: link.code, accessType: link.space.accessType }));
  return card.build();
}
