import type { AfterMeetingReport, ArtifactKind, ArtifactView, Attendee, Guest } from '../meet/after-meeting';
import { activeLocale } from '../i18n/locale';
import { listOf, STRINGS } from '../i18n/strings';
import { meetingWhen, timeOfDay, zoneName } from '../i18n/when';
import { clip, escapeHtml, fileLink, googleFileUrl } from '../text/escape';
import { actionButton, buttons, header, note, paragraph } from './widgets';

/** What the "After the meeting" card shows, and how its buttons name the event again (strings, as actions need). */
export interface AfterMeetingView {
  report: AfterMeetingReport;
  /** The person's zone (the host's, else the script's). */
  timeZone: string;
  /** False when the host sent no zone (script.locale unticked): the times are the script's, and the card names it. */
  zoneSent?: boolean;
  /** calendarId, eventId and code of the event: Refresh and Show send them back. */
  params: Record<string, string>;
  /** The signed-in person: an event someone else organizes is named as such when Google has nothing. */
  me?: string;
  /** Where the card is: the compose window has no recap note (the person is writing it). */
  host?: 'CALENDAR' | 'GMAIL';
}

/** How many participants are shown before the list folds. */
const SHOWN = 8;

/**
 * After the meeting, on the open Calendar event: who joined (with late, left early, phone and anonymous said as such),
 * who was invited and did not join (or could not be matched), what Google made, the space's other meetings, and how
 * to email the recap. Every value from Google is escaped; only https links to Google's Drive and Docs become links.
 * When Google has nothing, one paragraph says why, in plain words; never a failure card.
 */
export function afterMeetingCard(view: AfterMeetingView): GoogleAppsScript.Card_Service.Card {
  const { report } = view;
  const title = report.event?.title ? clip(report.event.title, 80) : undefined;
  const card = CardService.newCardBuilder().setName('afterMeeting').setHeader(header(STRINGS.afterMeeting, title));
  if (report.status !== 'ready' || !report.conference) {
    card.addSection(CardService.newCardSection().addWidget(paragraph(escapeHtml(afterStatusWords(report, view.me)))));
    if (report.status === 'unavailable' || report.status === 'notHeld') card.addSection(refreshSection(view));
    if (report.otherConferences.length) card.addSection(othersSection(view));
    return card.build();
  }
  const when = (ms: number) => meetingWhen(ms, view.timeZone, activeLocale().intlLocale);
  const time = (ms: number) => timeOfDay(ms, view.timeZone, activeLocale().intlLocale);
  const { conference } = report;
  // Without the person's zone the times are the script's: said once, on the line that dates the meeting.
  const zoned = (text: string) =>
    view.zoneSent === false ? STRINGS.whenInZone(text, zoneName(view.timeZone, activeLocale().intlLocale, conference.start)) : text;
  const top = CardService.newCardSection().addWidget(
    paragraph(
      escapeHtml(
        conference.end === undefined
          ? STRINGS.afterOngoing(zoned(when(conference.start)))
          : zoned(STRINGS.afterHeld(when(conference.start), sameDay(conference.start, conference.end) ? time(conference.end) : when(conference.end))),
      ),
    ),
  );
  if (report.timeRanShort) top.addWidget(note(escapeHtml(STRINGS.afterSlow)));
  card.addSection(top);
  card.addSection(joinedSection(report, time));
  const invited = invitedSection(report);
  if (invited) card.addSection(invited);
  card.addSection(madeSection(report));
  if (report.otherConferences.length) card.addSection(othersSection(view));
  if (view.host !== 'GMAIL')
    card.addSection(
      CardService.newCardSection()
        .setHeader(STRINGS.afterRecapTitle)
        .addWidget(note(escapeHtml(STRINGS.afterRecapHow))),
    );
  card.addSection(refreshSection(view));
  return card.build();
}

/** Why there is nothing to show, in plain words (also the compose window's notification). */
export function afterStatusWords(report: AfterMeetingReport, me?: string): string {
  switch (report.status) {
    case 'notHeld':
      return STRINGS.afterNotHeld;
    case 'noConference': {
      const organizer = report.event?.organizer;
      return organizer && me && organizer.toLowerCase() !== me.toLowerCase()
        ? STRINGS.afterNoConferenceOrganizer(clip(organizer))
        : STRINGS.afterNoConference;
    }
    case 'expired':
      return STRINGS.afterExpired;
    case 'freeAccount':
      return STRINGS.afterFree;
    case 'meetRefused':
      return STRINGS.afterRefused;
    case 'noAccess':
      return STRINGS.afterNoAccess;
    case 'noMeet':
      return STRINGS.afterNoMeet;
    case 'eventGone':
      return STRINGS.failure('eventGone');
    default:
      return STRINGS.afterUnavailable;
  }
}

function sameDay(a: number, b: number): boolean {
  return b - a < 12 * 60 * 60_000;
}

/** Who joined, in order of first join; a name is Meet's, escaped; the kind and the marks are MeetLink's words. */
function joinedSection(report: AfterMeetingReport, time: (ms: number) => string): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(STRINGS.afterJoined(report.counts.total));
  if (report.missing.some((m) => m.part === 'participants') && !report.participants.length) {
    return section.addWidget(paragraph(escapeHtml(STRINGS.afterNoParticipants)));
  }
  for (const attendee of report.participants) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeHtml(nameOf(attendee)))
        .setBottomLabel(escapeHtml(spanOf(attendee, time)))
        .setWrapText(true),
    );
  }
  const { signedIn, anonymous, phone } = report.counts;
  if (anonymous || phone) section.addWidget(note(escapeHtml(STRINGS.afterCounts(signedIn, anonymous, phone))));
  if (report.participants.some((a) => !a.exactDuration)) section.addWidget(note(escapeHtml(STRINGS.afterSpanNote)));
  if (report.participants.length > SHOWN) section.setCollapsible(true).setNumUncollapsibleWidgets(SHOWN);
  return section;
}

export function nameOf(attendee: Attendee): string {
  const name = clip(attendee.name || '?', 80);
  if (attendee.kind === 'phone') return STRINGS.afterPhoneName(name);
  if (attendee.kind === 'anonymous') return STRINGS.afterAnonymousName(name);
  return name;
}

function spanOf(attendee: Attendee, time: (ms: number) => string): string {
  const marks = [...(attendee.late ? [STRINGS.afterLate] : []), ...(attendee.leftEarly ? [STRINGS.afterLeftEarly] : [])];
  const span =
    attendee.lastLeft === undefined
      ? STRINGS.afterSpanOngoing(time(attendee.firstJoined))
      : STRINGS.afterSpan(time(attendee.firstJoined), time(attendee.lastLeft), STRINGS.duration(attendee.durationMs));
  return marks.reduce((text, mark) => STRINGS.afterMark(text, mark), span);
}

function guestName(guest: Guest): string {
  const name = clip(guest.name?.trim() || guest.email, 80);
  return guest.declined ? STRINGS.afterDeclined(name) : name;
}

/** Invited, did not join: sure only when everyone in the meeting is accounted for; else "not found by name". */
function invitedSection(report: AfterMeetingReport): GoogleAppsScript.Card_Service.CardSection | undefined {
  const guests = (report.event?.guests ?? []).filter((g) => !g.self);
  if (!guests.length) return undefined;
  const section = CardService.newCardSection().setHeader(STRINGS.afterAbsentTitle);
  const absent = report.absent.filter((g) => !g.self);
  const unmatched = report.unmatched.filter((g) => !g.self);
  if (absent.length) section.addWidget(paragraph(escapeHtml(listOf(absent.map(guestName)))));
  if (unmatched.length) {
    section.addWidget(paragraph(escapeHtml(STRINGS.afterUnmatched(listOf(unmatched.map(guestName)), STRINGS.afterOthers(report.unidentified)))));
  }
  if (!absent.length && !unmatched.length) section.addWidget(paragraph(escapeHtml(STRINGS.afterEveryoneCame)));
  return section;
}

const KINDS: [ArtifactKind, () => string][] = [
  ['recordings', () => STRINGS.afterRecording],
  ['transcripts', () => STRINGS.afterTranscript],
  ['smartNotes', () => STRINGS.afterNotes],
];

/** What Google made: each with its state and, once ready, its link; nothing where Google made none. */
function madeSection(report: AfterMeetingReport): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(STRINGS.afterMadeTitle);
  let shown = 0;
  for (const [kind, label] of KINDS) {
    const missing = report.missing.find((m) => m.part === kind);
    if (missing) {
      const why = missing.why === 'refused' ? STRINGS.afterMadeRefused : missing.why === 'timeRanShort' ? STRINGS.afterNotRead : STRINGS.afterFailed;
      section.addWidget(CardService.newDecoratedText().setTopLabel(label()).setText(escapeHtml(why)).setWrapText(true));
      shown += 1;
      continue;
    }
    for (const artifact of report.artifacts[kind]) {
      section.addWidget(CardService.newDecoratedText().setTopLabel(label()).setText(artifactText(artifact)).setWrapText(true));
      shown += 1;
    }
  }
  if (!shown) return section.addWidget(paragraph(escapeHtml(STRINGS.afterMadeNone)));
  if (KINDS.some(([kind]) => report.artifacts[kind].some((a) => googleFileUrl(a.url)))) section.addWidget(note(escapeHtml(STRINGS.afterShareNote)));
  return section;
}

/** Its state in words, and its link once Google made the file (only https on Google's Drive or Docs). */
function artifactText(artifact: ArtifactView): string {
  if (artifact.state === 'inProgress') return escapeHtml(STRINGS.afterInProgress);
  if (artifact.state === 'processing') return escapeHtml(STRINGS.afterProcessing);
  return googleFileUrl(artifact.url) ? fileLink(artifact.url, STRINGS.afterOpen) : escapeHtml(STRINGS.afterNoFile);
}

/** The space's other meetings (another use of the link, another occurrence): each one click away. */
function othersSection(view: AfterMeetingView): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(STRINGS.afterOthersTitle);
  for (const other of view.report.otherConferences.slice(0, 5)) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeHtml(meetingWhen(other.start, view.timeZone, activeLocale().intlLocale)))
        .setButton(actionButton(STRINGS.afterShow, 'showConference', { ...view.params, record: other.name })),
    );
  }
  return section;
}

function refreshSection(view: AfterMeetingView): GoogleAppsScript.Card_Service.CardSection {
  const record = view.report.conference?.name;
  return CardService.newCardSection().addWidget(
    buttons(actionButton(STRINGS.refresh, 'showConference', { ...view.params, ...(record ? { record } : {}) })),
  );
}
