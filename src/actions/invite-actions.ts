import { type Guest, INVITE_FIELDS, invitedCard, inviteCard, type InviteView } from '../cards/invite';
import type { ActionName } from '../host/actions';
import { formValues, openMessageOf, parameters, timeZoneOf, type AddOnEvent } from '../host/event-object';
import { activeLocale, t } from '../i18n/locale';
import { STRINGS } from '../i18n/strings';
import { meetingWhen, zoneName, zoneOffsetMinutes } from '../i18n/when';
import { logSummary, MeetFailure } from '../meet/errors';
import { meetingEventId, MEETING_ID } from '../meet/meeting-invite';
import { isFreeGmail } from '../meet/meet-port';
import { zoneOf, type App } from './app';
import {
  DEFAULT_LENGTH,
  dateTimeInput,
  defaultStart,
  MAX_GUESTS,
  meetingDescription,
  meetingTitleOf,
  overFreeLimit,
  readInviteForm,
  threadGuests,
} from './invite-form';
import { replyAudience, replyAudienceOf } from './invite-reply';
import { nav, notify, respond, type Handler } from './respond';

/**
 * The zone in words, for the form: the person's, or, when Google sent none (script.locale is asked for before the
 * form opens, so only if Google still withholds it), the script's, said plainly so nobody invites at the wrong hour.
 */
function zoneNote(app: App, e: AddOnEvent, at: number): string {
  const zone = zoneName(zoneOf(app, e), activeLocale().intlLocale, at);
  return timeZoneOf(e) ? t().inviteZone({ zone }) : t().inviteZoneUnknown({ zone });
}

/** The meeting's time in words; with its zone named when it is not one Google said is the person's. */
function whenOf(app: App, e: AddOnEvent, ms: number): string {
  const zone = zoneOf(app, e);
  const when = meetingWhen(ms, zone, activeLocale().intlLocale);
  return timeZoneOf(e) ? when : t().whenInZone({ when, zone: zoneName(zone, activeLocale().intlLocale, ms) });
}

/** The subject carried by the Send button: a card action parameter, kept short. */
const SUBJECT_MAX = 200;

function openMessage(app: App, e: AddOnEvent) {
  const ref = openMessageOf(e);
  if (!ref) throw new MeetFailure('messageAccess', 'The host sent no open message with its access token.');
  return app.gmail().open(ref);
}

/**
 * "Invite to a meeting": one Gmail call (the open message's headers; the metadata scope, never its text) fills
 * the form: the subject without Re:/Fwd:, everyone on the email but the person, the next round half hour at least
 * an hour away in the person's zone, 30 minutes. The event id is chosen now and carried by "Send invitations".
 */
function openInvite(app: App, e: AddOnEvent) {
  const headers = openMessage(app, e).headers();
  const everyone = threadGuests(headers, app.email());
  const zone = zoneOf(app, e);
  const startMs = defaultStart(app.now(), zone);
  const subject = headers.subject.slice(0, SUBJECT_MAX);
  const view: InviteView = {
    eventId: meetingEventId(app.newId()),
    subject,
    title: meetingTitleOf(subject) || STRINGS.meetingTitle,
    startMs,
    offsetMinutes: zoneOffsetMinutes(startMs, zone),
    zoneNote: zoneNote(app, e, startMs),
    minutes: DEFAULT_LENGTH,
    guests: everyone.slice(0, MAX_GUESTS).map((g) => ({ ...g, selected: true })),
    omitted: Math.max(0, everyone.length - MAX_GUESTS),
    maxGuests: MAX_GUESTS,
    note: '',
    replyAudience: replyAudienceOf(headers, app.email()),
  };
  return respond(nav().pushCard(inviteCard(view)));
}

/** The person's zone and the offset the picker showed (a parameter of the Send button); without one, the value as sent. */
function pickerZone(app: App, e: AddOnEvent): { timeZone: string; pickerOffset: number } | undefined {
  const raw = parameters(e).offset;
  const offset = Number(raw);
  return raw !== undefined && raw !== '' && Number.isInteger(offset) && Math.abs(offset) <= 18 * 60
    ? { timeZone: zoneOf(app, e), pickerOffset: offset }
    : undefined;
}

/** Whom a reply reaches, as the Send button carries it (card words only; the reply itself reads Gmail and Calendar). */
function carriedAudience(e: AddOnEvent): { replyTo: string; onEmail: string } {
  const { replyTo = '', onEmail = '' } = parameters(e);
  return { replyTo: replyTo.slice(0, 254), onEmail: /^\d{1,3}$/.test(onEmail) ? onEmail : '' };
}

/**
 * The form as the person left it, drawn again (the free-account line): nothing typed is lost. Google sends back only
 * the ticked guests' addresses, not the lines the card showed, so the message's headers are read again (one Gmail
 * call, on this path only): every guest keeps their name, and one the person unticked stays there, unticked. If the
 * read fails, the ticked addresses alone are drawn.
 */
function formAgain(e: AddOnEvent, app: App, eventId: string, subject: string, guests: string[]): InviteView {
  const zone = zoneOf(app, e);
  const startMs = dateTimeInput(e, INVITE_FIELDS.start, pickerZone(app, e)) ?? defaultStart(app.now(), zone);
  const minutes = Number(formValues(e, INVITE_FIELDS.minutes)?.[0] ?? DEFAULT_LENGTH);
  const ticked = new Set(guests);
  let everyone: Guest[] = [];
  try {
    everyone = threadGuests(openMessage(app, e).headers(), app.email());
  } catch (error) {
    console.warn(`MeetLink: the guests' names were not read again: ${logSummary(error)}`);
  }
  const listed = everyone.slice(0, MAX_GUESTS);
  const known = new Set(listed.map((g) => g.email));
  const chosen: (Guest & { selected: boolean })[] = [
    ...listed.map((g) => ({ ...g, selected: ticked.has(g.email) })),
    ...guests.filter((email) => !known.has(email)).map((email) => ({ email, entry: email, selected: true })),
  ];
  return {
    eventId,
    subject,
    title: formValues(e, INVITE_FIELDS.title)?.[0] ?? meetingTitleOf(subject),
    startMs,
    offsetMinutes: zoneOffsetMinutes(startMs, zone),
    zoneNote: zoneNote(app, e, startMs),
    minutes,
    guests: chosen,
    omitted: Math.max(0, everyone.length - MAX_GUESTS),
    maxGuests: MAX_GUESTS,
    note: formValues(e, INVITE_FIELDS.note)?.[0] ?? '',
    freeLimitWarning: true,
    replyAudience: carriedAudience(e),
  };
}

/**
 * "Send invitations": every check first, in plain words, with no Google call; on a free account, a meeting of 3+
 * people over 60 minutes gets one line first. Then ONE Calendar insert (the engine: retries, 409 → read, pending
 * conference read again), and the answer: the link, when, Open in Calendar, Reply with this link. A refusal answers
 * with a notification only, so the form stays as the person filled it.
 */
function sendInvitations(app: App, e: AddOnEvent) {
  const { eventId = '', subject = '', warned } = parameters(e);
  if (!MEETING_ID.test(eventId)) return notify(STRINGS.failure('unexpected'));
  const read = readInviteForm(e, app.now(), meetingTitleOf(subject) || STRINGS.meetingTitle, pickerZone(app, e));
  if ('problem' in read) return notify(read.problem);
  const { form } = read;
  if (warned !== '1' && overFreeLimit(form, isFreeGmail(app.email()))) {
    return respond(nav().updateCard(inviteCard(formAgain(e, app, eventId, subject, form.guests))));
  }
  const zone = zoneOf(app, e);
  let made = false;
  try {
    const meeting = app.engine().scheduleMeeting({
      eventId,
      title: form.title,
      startMs: form.startMs,
      minutes: form.minutes,
      timeZone: zone,
      guests: form.guests,
      description: meetingDescription(form.note, subject),
    });
    made = true;
    const card = invitedCard({
      meeting,
      when: whenOf(app, e, meeting.startMs),
      me: app.email(),
      audience: replyAudience(carriedAudience(e), meeting.guests),
    });
    return respond(nav().updateCard(card), STRINGS.invitedTitle);
  } catch (error) {
    console.error(`MeetLink sendInvitations failed: ${logSummary(error)}`);
    return notify(inviteFailureWords(error, made));
  }
}

/**
 * What a failed "Send invitations" says. "No event was made and nobody was invited" only when the engine says so:
 * Google refused the insert for good, or the card's id is another event's. When Google did not say whether the
 * meeting was made, the words say that and nothing more; when the meeting was made (and the invitations sent) and
 * something failed after, the words say it is in the calendar.
 */
export function inviteFailureWords(error: unknown, made: boolean): string {
  if (made) return STRINGS.inviteMadeNotShown;
  const kind = error instanceof MeetFailure ? error.kind : 'unexpected';
  if (kind === 'meetingUncertain') return STRINGS.failure(kind);
  return `${STRINGS.failure(kind)} ${STRINGS.inviteNothingMade}`;
}

/** Gmail, an open message: invite everyone on it to a real meeting with a fresh Meet. */
export const INVITE_HANDLERS = {
  openInvite,
  sendInvitations,
} satisfies Partial<Record<ActionName, Handler>>;
