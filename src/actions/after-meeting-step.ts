import { afterStatusWords } from '../cards/after-meeting';
import { afterMeetingStepCard } from '../cards/after-meeting-step';
import { timeZoneOf, type AddOnEvent } from '../host/event-object';
import { FEATURE_SCOPES } from '../host/feature-scopes';
import { AFTER_THE_MEETING, type Values } from '../host/studio-steps';
import { listOf, STRINGS } from '../i18n/strings';
import type { AfterMeetingReport, ArtifactKind, ArtifactView, Guest } from '../meet/after-meeting';
import { logSummary, MeetFailure } from '../meet/errors';
import { meetingCodeIn, meetUrl } from '../meet/meeting-code';
import { recapOf } from '../recap';
import { isEmailAddress } from '../text/addresses';
import { clip, googleFileUrl, inertLine } from '../text/escape';
import { calendarEventIdIn } from '../text/event-id';
import type { App } from './app';
import { stepInputs } from './step-inputs';
import type { LogPart, StepDone, StepFailed } from './step-response';

type Outputs = Values<typeof AFTER_THE_MEETING.outputs>;
const ROW = FEATURE_SCOPES.afterMeetingStep;

/**
 * The event is read on the person's primary calendar: a Calendar starter watches the person's own calendar, an
 * event they were invited to is on it under the same id, and calendar.events.owned reaches only calendars they own
 * (a team calendar's token is refused: docs/google-behaviour.md). The Calendar event card reads the calendar the
 * host names; a flow names none.
 */
const CALENDAR = 'primary';

/** The config card (src/cards/after-meeting-step.ts): no Google call, the scopes read from ScriptApp. */
export function afterMeetingConfig(app: App) {
  return afterMeetingStepCard({
    consentMissing: app.consent.missing(ROW.needs).length > 0,
    calendarMissing: app.consent.missing(ROW.whenUsed).length > 0,
  });
}

/**
 * "After the meeting": the inputs are read before any call (a value that names no meeting is for the person to fix),
 * then the reads of the Calendar event card's After the meeting view (src/meet/after-meeting.ts: at most 8 Meet and 1
 * Calendar reads, each started only if it ends within the budget), and each part of the report becomes its own output.
 * What Google could not give is Studio's error, in words: RETRYABLE when Google was slow or failing (reads only,
 * nothing to undo; Studio runs the step again, up to 5 times), NOT_RETRYABLE when running it again minutes later
 * cannot change the answer (a free account, the Meet API refused, consent missing, records deleted after 30 days, a
 * meeting not held yet or with nobody in it, no Google Meet). A report with a part missing for lack of time is not
 * passed on: a recap built from it would leave out a link that exists. Nothing is sent to anyone.
 */
export function afterMeetingStep(app: App, e: AddOnEvent | undefined): StepDone<typeof AFTER_THE_MEETING> | StepFailed {
  const asked = meetingAsked(stepInputs(AFTER_THE_MEETING, e));
  if ('problem' in asked) return { log: [{ text: asked.problem }], fixable: true, retryable: false };
  const { code, eventId } = asked;
  if (eventId && app.consent.missing(ROW.whenUsed).length) return stopped(STRINGS.stepAfterCalendarConsent);

  let report: AfterMeetingReport;
  try {
    report = app.engine().afterMeeting({
      ...(code ? { meetingCode: code } : {}),
      ...(eventId ? { eventRef: { calendarId: CALENDAR, eventId } } : {}),
    });
  } catch (error) {
    // The kind of failure only: never a name, a title or Google's words (src/meet/errors.ts, logSummary).
    console.error(`MeetLink step afterMeeting read nothing: ${logSummary(error)}`);
    const kind = error instanceof MeetFailure ? error.kind : 'unexpected';
    return stopped(STRINGS.stepAfterNotRead(STRINGS.failure(kind)));
  }

  // What Google refused to give: an edition that makes no recording is said as such; any other part is Google failing.
  const unread = report.missing.filter((m) => m.part !== 'sessions' && !(m.why === 'refused' && KINDS.some(([kind]) => kind === m.part)));
  // More participants than the engine pages through is no lack of time (the report did not run short): the first are passed on.
  const tooMany = report.missing.some((m) => m.part === 'participants' && m.why === 'timeRanShort') && !report.timeRanShort;
  if (report.status === 'unavailable' || report.missing.some((m) => m.part === 'event') || (report.status === 'ready' && unread.length && !tooMany)) {
    console.warn(
      `MeetLink step afterMeeting: Google did not give everything in time (${report.status}, ${unread.map((m) => `${m.part}:${m.why}`).join(' ')})`,
    );
    return { log: [{ text: STRINGS.stepAfterNotRead(STRINGS.stepAfterIncomplete) }], fixable: false, retryable: true };
  }
  if (report.status === 'eventGone') {
    return {
      log: [{ text: STRINGS.stepAfterNotRead(STRINGS.stepAfterNoSuchEvent(inertLine(clip(eventId ?? '', 80)))) }],
      fixable: true,
      retryable: false,
    };
  }
  if (report.status === 'noAccess') return stopped(STRINGS.stepAfterConsent);
  if (report.status === 'notHeld') return stopped(STRINGS.stepAfterNotRead(STRINGS.stepAfterNotHeld));
  if (report.status !== 'ready' || !report.conference) return stopped(STRINGS.stepAfterNotRead(inertLine(afterStatusWords(report, app.email()))));
  return done(app, e, report, tooMany, Boolean(eventId));
}

/** Why nothing was read when the step could not start (the Meet read scope is not granted) or failed unexpectedly. */
export function afterMeetingFailed(reason: 'consent' | 'unexpected'): StepFailed {
  return stopped(reason === 'consent' ? STRINGS.stepAfterConsent : STRINGS.stepAfterNotRead(STRINGS.failure('unexpected')));
}

/** An error running the step again cannot cure (ErrorRetryability.NOT_RETRYABLE), nothing for the card to fix. */
function stopped(text: string): StepFailed {
  return { log: [{ text }], fixable: false, retryable: false };
}

/**
 * The meeting the inputs name: a Meet link or code, a Calendar event (its id, its link, its iCalendar UID), or both
 * (the event for its time and guests, the code for the conference). Each value is read by its form, and its field
 * decides only between two readings (ten letters are a code in `meeting`, an id in `eventId`).
 */
function meetingAsked(inputs: Values<typeof AFTER_THE_MEETING.inputs>): { code?: string; eventId?: string } | { problem: string } {
  let code: string | undefined;
  let eventId: string | undefined;
  if (inputs.meeting) {
    code = meetingCodeIn(inputs.meeting);
    eventId = code ? undefined : calendarEventIdIn(inputs.meeting);
    if (!code && !eventId) return { problem: STRINGS.stepAfterBadMeeting(inertLine(clip(inputs.meeting, 80))) };
  }
  if (inputs.eventId) {
    const id = calendarEventIdIn(inputs.eventId);
    const linkCode = id ? undefined : /meet\.google\.com/i.test(inputs.eventId) ? meetingCodeIn(inputs.eventId) : undefined;
    if (!id && !linkCode) return { problem: STRINGS.stepAfterBadEvent(inertLine(clip(inputs.eventId, 80))) };
    eventId = id ?? eventId;
    code = code ?? linkCode;
  }
  if (!code && !eventId) return { problem: STRINGS.stepAfterNeedMeeting };
  return { ...(code ? { code } : {}), ...(eventId ? { eventId } : {}) };
}

const KINDS: [ArtifactKind, () => string][] = [
  ['recordings', () => STRINGS.afterRecording],
  ['transcripts', () => STRINGS.afterTranscript],
  ['smartNotes', () => STRINGS.afterNotes],
];

/** The first file of a kind Google has finished, as its https link on Google's Drive or Docs; '' when there is none. */
const linkOf = (artifacts: ArtifactView[]) => artifacts.map((a) => (a.state === 'ready' ? googleFileUrl(a.url) : undefined)).find(Boolean) ?? '';

/** Guests' addresses as a To line takes them (never the person's own), comma-separated. */
const addressesOf = (guests: Guest[]) => [...new Set(guests.filter((g) => !g.self).map((g) => g.email.trim()))].filter(isEmailAddress);

function done(
  app: App,
  e: AddOnEvent | undefined,
  report: AfterMeetingReport,
  tooMany: boolean,
  eventGiven: boolean,
): StepDone<typeof AFTER_THE_MEETING> {
  const conference = report.conference!;
  const absent = addressesOf(report.absent);
  const notFound = addressesOf(report.unmatched);
  const named = report.participants.filter((a) => a.kind !== 'phone').map((a) => clip(a.name || '?', 80));
  const phone = report.counts.phone;
  const joinedNames = listOf([...named, ...(phone ? [STRINGS.countPhone(phone)] : [])]);
  const preparing = KINDS.some(([kind]) => report.artifacts[kind].some((a) => a.state !== 'ready'));
  const recap = recapOf(report, { me: app.email(), format: 'text', timeZone: timeZoneOf(e) ?? app.scriptTimeZone() }).body.trim();
  const outputs: Outputs = {
    meetingTitle: report.event?.title ?? '',
    meetingCode: report.meetingCode ?? '',
    joinedNames,
    joinedCount: report.counts.total,
    absentEmails: absent.join(', '),
    absentCount: absent.length,
    notFoundEmails: notFound.join(', '),
    recordingLink: linkOf(report.artifacts.recordings),
    transcriptLink: linkOf(report.artifacts.transcripts),
    notesLink: linkOf(report.artifacts.smartNotes),
    stillPreparing: preparing,
    meetingEnded: !conference.ongoing,
    recap,
  };
  return { outputs, log: logOf(report, { joinedNames, absent, notFound, tooMany, eventGiven }) };
}

/**
 * The activity feed's words. Studio's TextFormatElement.setText takes "a text string" and styles come only from
 * other elements (StyledText, Hyperlink: apps-script/reference/add-ons-response-service/text-format-element);
 * whether Studio would render markup inside a text is not said, so every value from Google (a title, a name, an
 * address) goes in through inertLine: no character that could open markup, no line break, and nothing for either
 * reading to mangle. The outputs carry the values as Google gave them (a later step's own rules apply to them).
 */
function logOf(
  report: AfterMeetingReport,
  words: { joinedNames: string; absent: string[]; notFound: string[]; tooMany: boolean; eventGiven: boolean },
): LogPart[] {
  const title = report.event?.title ? inertLine(clip(report.event.title, 80)) : '';
  const parts: LogPart[] = [{ text: title ? STRINGS.stepAfterOf(title) : STRINGS.stepAfterUntitled }];
  if (report.meetingCode) parts.push({ link: { url: meetUrl(report.meetingCode), label: report.meetingCode } });
  const lines: string[] = [];
  if (report.conference?.ongoing) lines.push(STRINGS.stepAfterOngoing);
  lines.push(STRINGS.stepAfterJoined(report.counts.total, inertLine(clip(words.joinedNames, 600))));
  if (words.tooMany) lines.push(STRINGS.stepAfterMany(report.counts.total));
  const list = (emails: string[]) => inertLine(clip(listOf(emails), 600));
  if (words.absent.length) lines.push(STRINGS.stepAfterAbsent(list(words.absent)));
  if (words.notFound.length) lines.push(STRINGS.stepAfterNotFound(list(words.notFound)));
  if (!words.eventGiven) lines.push(STRINGS.stepAfterNoEvent);
  else if (!words.absent.length && !words.notFound.length && report.event?.guests.some((g) => !g.self)) lines.push(STRINGS.afterEveryoneCame);
  let made = 0;
  for (const [kind, label] of KINDS) {
    if (report.missing.some((m) => m.part === kind && m.why === 'refused')) {
      lines.push(STRINGS.stepAfterRefused(label()));
      made += 1;
      continue;
    }
    for (const artifact of report.artifacts[kind]) {
      made += 1;
      if (artifact.state === 'inProgress') lines.push(STRINGS.stepAfterInProgress(label()));
      else if (artifact.state === 'processing') lines.push(STRINGS.recapPreparing(label()));
      else lines.push(googleFileUrl(artifact.url) ? STRINGS.stepAfterReady(label()) : STRINGS.stepAfterNoFile(label()));
    }
  }
  if (!made) lines.push(STRINGS.afterMadeNone);
  lines.push(STRINGS.stepNothingSent);
  parts.push({ text: lines.join(' ') });
  return parts;
}
