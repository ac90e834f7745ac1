import { ACCESS_TYPES } from '../meet/meet-port';
import type { SpaceView } from '../meet/spaces';
import { STRINGS } from '../i18n/strings';
import { actionButton, buttons, header, linkWidgets, openInMeetButton, paragraph } from './widgets';

/** What every action of a space's card carries (strings, as card actions require). */
export function spaceParameters(view: SpaceView): Record<string, string> {
  return { space: view.name, code: view.code, access: view.accessType ?? '' };
}

/**
 * A space's settings as its owner sees them: who may join (with one button per other access type) and, once
 * read, whether a meeting is on; "End meeting" only while one is. A non-owner is told the settings are hidden.
 */
export function spaceSection(view: SpaceView): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection();
  const current = view.accessType;
  if (!current) return section.addWidget(paragraph(STRINGS.accessHidden));
  const p = spaceParameters(view);
  section
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel(STRINGS.accessLabel)
        .setText(STRINGS.accessName(current))
        .setBottomLabel(STRINGS.accessDetail(current))
        .setWrapText(true),
    )
    .addWidget(
      buttons(...ACCESS_TYPES.filter((t) => t !== current).map((t) => actionButton(STRINGS.makeAccess(t), 'setAccessType', { ...p, to: t }))),
    );
  if (view.active !== undefined) section.addWidget(paragraph(view.active ? `<b>${STRINGS.meetingLive}</b>` : STRINGS.meetingIdle));
  const actions = [actionButton(STRINGS.refresh, 'refreshSpace', p)];
  if (view.active) actions.push(actionButton(STRINGS.endMeeting, 'confirmEndMeeting', p));
  return section.addWidget(buttons(...actions));
}

/** A meeting looked up or re-read: its link and code, "Open in Meet", and its settings. */
export function spaceCard(view: SpaceView, me?: string): GoogleAppsScript.Card_Service.Card {
  const link = CardService.newCardSection();
  for (const widget of linkWidgets({ url: view.url, code: view.code })) link.addWidget(widget);
  link.addWidget(buttons(openInMeetButton(view.url, me)));
  return CardService.newCardBuilder()
    .setName('space')
    .setHeader(header(STRINGS.meetingTitle))
    .addSection(link)
    .addSection(spaceSection(view))
    .build();
}
