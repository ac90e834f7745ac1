import { STRINGS } from '../i18n/strings';
import type { MeetLink } from '../meet/conference';
import type { Member } from '../meet/meet-port';
import type { Preset } from '../settings';
import { escapeHtml } from '../text/escape';
import { cohostSection, spaceSection } from './space';
import { actionButton, buttons, header, linkWidgets, note, openInMeetButton, paragraph } from './widgets';

/** What a Workspace link's card shows besides the link: its co-hosts, and a notice (a preset Google refused). */
export interface LinkExtras {
  cohosts?: readonly Member[];
  notice?: string;
  /** Whether a meeting is going on, once read (Refresh). */
  active?: boolean;
  /** After "Apply my presets" on the open event's Meet: the presets Google turned on (the meeting's card says so). */
  applied?: readonly Preset[];
}

/** The link just made: selectable, with its code, dial-in, "Open in Meet" and "Create another". */
export function linkCard(link: MeetLink, freeAccount: boolean, me?: string, extras: LinkExtras = {}): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  for (const widget of linkWidgets(link)) section.addWidget(widget);
  section.addWidget(buttons(openInMeetButton(link.url, me), actionButton(STRINGS.createAnother, 'createLink')));
  // Said plainly when Google did not confirm the temporary event was deleted (never "nothing is left").
  if (link.temporaryEventLeft) section.addWidget(note(STRINGS.temporaryEventLeft));
  if (freeAccount) section.addWidget(note(`${STRINGS.freeAccountNote} ${STRINGS.spacesFreeNote}`));
  // A Meet REST space has no phone entry points (the Space resource has a meetingUri and a meetingCode, no dial-in):
  // say why, rather than leave a gap where a free account's link shows its number.
  if (link.space && !link.dialIn) section.addWidget(note(escapeHtml(STRINGS.spaceNoDialIn)));
  // A preset Google refused is named; the link works all the same.
  const notice = extras.notice ?? (link.space?.refused?.length ? STRINGS.presetsRefused(link.space.refused) : undefined);
  if (notice) section.addWidget(paragraph(`<font color="#d93025">${escapeHtml(notice)}</font>`));
  const card = CardService.newCardBuilder().setName('link').setHeader(header(STRINGS.yourLink)).addSection(section);
  // A space MeetLink owns (Workspace accounts): who may join, its meeting's state once read, and its co-hosts.
  if (link.space) {
    const view = {
      name: link.space.name,
      url: link.url,
      code: link.code,
      accessType: link.space.accessType,
      moderation: link.space.moderation,
      active: extras.active,
      cohosts: [...(extras.cohosts ?? [])],
    };
    card.addSection(spaceSection(view, 'link'));
    if (view.accessType) card.addSection(cohostSection(view));
  }
  return card.build();
}
