import { ACCESS_TYPES } from '../meet/meet-port';
import type { SpaceView } from '../meet/spaces';
import type { Preset } from '../settings';
import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml } from '../text/escape';
import { action, actionButton, buttons, header, linkWidgets, note, openInMeetButton, paragraph } from './widgets';

/** Which card a space's controls sit on: the link just made, a looked-up meeting, or the open event's meeting. */
export type SpaceCardKind = 'link' | 'space' | 'meeting';

/** Form field names of a space's controls. */
export const ACCESS_FIELD = 'accessType';
export const COHOSTS_FIELD = 'cohosts';

/** What every action of a space's card carries (strings, as card actions require). */
export function spaceParameters(view: SpaceView, from: SpaceCardKind = 'space'): Record<string, string> {
  const p: Record<string, string> = { space: view.name, code: view.code, access: view.accessType ?? '', moderation: view.moderation ?? '', from };
  // The link card's co-hosts travel with its actions ([name, email] pairs), so redrawing it needs no list call.
  if (from === 'link' && view.cohosts?.length) p.cohosts = JSON.stringify(view.cohosts.map((m) => [m.name, m.email]));
  return p;
}

/**
 * A space's settings as its owner sees them: who may join, as one choice (the current one first, and selected;
 * changing it is one patch) and, once read, whether a meeting is on; "End meeting" only while one is. A non-owner
 * is told the settings are hidden. The open event's meeting (`meeting`) may not be MeetLink's: no Refresh or End
 * there, as ending needs a space this app made.
 */
export function spaceSection(view: SpaceView, from: SpaceCardKind = 'space'): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection();
  const current = view.accessType;
  if (!current) return section.addWidget(paragraph(STRINGS.accessHidden));
  const p = spaceParameters(view, from);
  const choice = [current, ...ACCESS_TYPES.filter((t) => t !== current)].reduce(
    (input, t) => input.addItem(STRINGS.accessChoice(t), t, t === current),
    CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.DROPDOWN)
      .setFieldName(ACCESS_FIELD)
      .setTitle(STRINGS.accessLabel)
      // The open event's Meet may be anyone's: its change goes under the settings scope (src/host/feature-scopes.ts).
      .setOnChangeAction(action(from === 'meeting' ? 'setMeetingAccess' : 'setAccessType', p)),
  );
  section.addWidget(choice).addWidget(note(escapeHtml(STRINGS.accessDetail(current))));
  if (from === 'meeting') return section;
  if (view.active !== undefined) section.addWidget(paragraph(view.active ? `<b>${STRINGS.meetingLive}</b>` : STRINGS.meetingIdle));
  const actions = [actionButton(STRINGS.refresh, 'refreshSpace', p)];
  if (view.active) actions.push(actionButton(STRINGS.endMeeting, 'confirmEndMeeting', p));
  return section.addWidget(buttons(...actions));
}

/**
 * Co-hosts of a space MeetLink made: who they are, each with "Remove", and a field for more addresses (holding
 * `typed`, the ones to try again). Shown only to the owner (the access type is known), and only on the link card.
 * When Google refused this account co-hosts (`denied`: its edition or admin), the section says so and offers no field.
 */
export function cohostSection(view: SpaceView, options: { typed?: string; denied?: boolean } = {}): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(STRINGS.cohostsTitle);
  const p = spaceParameters(view, 'link');
  const cohosts = view.cohosts ?? [];
  if (options.denied && !cohosts.length) return section.addWidget(note(escapeHtml(STRINGS.cohostsUnavailable)));
  if (!cohosts.length) section.addWidget(paragraph(STRINGS.cohostsNone));
  for (const member of cohosts) {
    // Addresses come from Google: escaped, clipped.
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeHtml(clip(member.email, 120)))
        .setWrapText(true)
        .setButton(
          CardService.newTextButton()
            .setText(STRINGS.cohostRemove)
            .setOnClickAction(action('removeCohost', { ...p, member: member.name, email: clip(member.email, 120) })),
        ),
    );
  }
  const field = CardService.newTextInput().setFieldName(COHOSTS_FIELD).setTitle(STRINGS.cohostsField);
  // Addresses come from the person: the field holds them as typed (a value, not card text: nothing to escape).
  if (options.typed) field.setValue(options.typed);
  return section.addWidget(field).addWidget(buttons(actionButton(STRINGS.cohostsAdd, 'addCohosts', p)));
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

/**
 * The open event's Meet, for its organizer (Workspace): who joins without asking, as read from Google, and
 * "Apply my presets" (one patch). `notice` says which presets Google refused; `applied`, after Apply, which are on
 * now, so the card shows what changed.
 */
export function meetingSettingsCard(
  view: SpaceView,
  presets: readonly Preset[],
  me?: string,
  notice?: string,
  applied: readonly Preset[] = [],
): GoogleAppsScript.Card_Service.Card {
  const link = CardService.newCardSection();
  for (const widget of linkWidgets({ url: view.url, code: view.code })) link.addWidget(widget);
  link.addWidget(buttons(openInMeetButton(view.url, me)));
  const card = CardService.newCardBuilder().setName('meetingSettings').setHeader(header(STRINGS.meetingSettings)).addSection(link);
  // A meeting whose settings this person cannot see (someone else's, found so by Apply) says why, and offers nothing.
  if (!view.accessType && notice) card.addSection(CardService.newCardSection().addWidget(paragraph(escapeHtml(notice))));
  else card.addSection(spaceSection(view, 'meeting'));
  if (view.accessType) {
    const section = CardService.newCardSection();
    if (notice) section.addWidget(paragraph(`<font color="#d93025">${escapeHtml(notice)}</font>`));
    if (applied.length) section.addWidget(paragraph(`<font color="#188038">${escapeHtml(STRINGS.presetsOnNow(applied))}</font>`));
    if (presets.length) {
      section
        .addWidget(paragraph(escapeHtml(STRINGS.presetsYours(presets))))
        .addWidget(buttons(actionButton(STRINGS.presetsApply, 'applyPresets', spaceParameters(view, 'meeting'))));
    } else section.addWidget(note(escapeHtml(STRINGS.presetsNoneOn)));
    card.addSection(section);
  }
  return card.build();
}
