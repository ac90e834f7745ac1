import { STRINGS } from '../i18n/strings';
import type { MeetLink } from '../meet/conference';
import type { Member } from '../meet/meet-port';
import type { Preset } from '../settings';
import { escapeHtml } from '../text/escape';
import { cohostSection, spaceSection } from './space';
import { actionButton, buttons, header, linkWidgets, note, openInMeetButton, paragraph } from './widgets';

/** What a Workspace link's card shows besides the link: its co-hosts, and notices (a preset Google refused). */
export interface LinkExtras {
  cohosts?: readonly Member[];
  /** What did not work, in red: a refused preset, an address not added. */
  notice?: string;
  /** What changed that the person should know, in plain text: host controls turned on. */
  info?: string;
  /** Whether a meeting is going on, once read (Refresh). */
  active?: boolean;
  /** After "Apply my presets" on the open event's Meet: the presets Google turned on (the meeting's card says so). */
  applied?: readonly Preset[];
  /** Addresses to leave in the co-hosts field, for another try (not added: Google busy, no time). */
  typed?: string;
  /** Google refused this account co-hosts (its edition or admin): the section says so instead of the field. */
  cohostsDenied?: boolean;
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
  // A preset Google refused, or one that could not be set, is named; the link works all the same.
  const notice =
    extras.notice ??
    ([
      ...(link.space?.refused?.length ? [STRINGS.presetsRefused(link.space.refused)] : []),
      ...(link.presetsNotSet ? [STRINGS.presetsNotSet(link.presetsNotSet.presets, link.presetsNotSet.via)] : []),
    ].join(' ') ||
      undefined);
  if (notice) section.addWidget(paragraph(`<font color="#d93025">${escapeHtml(notice)}</font>`));
  if (extras.info) section.addWidget(paragraph(escapeHtml(extras.info)));
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
    if (view.accessType) card.addSection(cohostSection(view, { typed: extras.typed, denied: extras.cohostsDenied ?? link.space.cohostsDenied }));
  }
  return card.build();
}
