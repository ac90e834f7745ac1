import type { AddOnEvent } from '../host/event-object';
import { formValues } from '../host/event-object';
import { t } from '../i18n/locale';
import { zoneOffsetMinutes } from '../i18n/when';
import { INVITE_FIELDS, MEETING_LENGTHS, type Guest } from '../cards/invite';
import { isEmailAddress, parseAddressList } from '../text/addresses';
import { inertLine, inertText } from '../text/escape';

/**
 * "Invite to a meeting" from an open email: what the card is filled with, and every check made on what the person
 * sends back, before any Google call. Pure functions: the words come from the catalogues.
 */

export { INVITE_FIELDS, MEETING_LENGTHS, type Guest } from '../cards/invite';
export const DEFAULT_LENGTH = 30;
/**
 * The most guests one invitation takes here. A card's SelectionInput "supports up to 100 items" (card.proto,
 * google.apps.card.v1.SelectionInput.items), far below what Calendar takes for one event (500 guests for a
 * one-time event: support.google.com/a/answer/172013; beyond 200 Calendar handles guests differently).
 */
export const MAX_GUESTS = 100;
/** A note longer than this is refused (the description carries it, with the line naming the email). */
export const NOTE_MAX = 2000;
export const TITLE_MAX = 200;

/** Reply and forward prefixes, in the languages MeetLink speaks and a few more mail clients write. */
const PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|rv|res|enc|sv|vs|antw|r|i|返信|転送)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+/i;

/** The meeting's title from the email's subject, without "Re:", "Fwd:", "AW:", "RE:"… however many. */
export function meetingTitleOf(subject: string): string {
  let title = subject;
  for (let i = 0; i < 10 && PREFIX.test(title); i++) title = title.replace(PREFIX, '');
  return title.trim().slice(0, TITLE_MAX);
}

/** Loose on purpose: one @, a dot in the domain, no spaces or brackets; Google makes the final check (src/text/addresses.ts). */
export { isEmailAddress } from '../text/addresses';

/**
 * The person's own address in another spelling: Gmail ignores dots and a `+tag` in the local part, and
 * googlemail.com is gmail.com. Other aliases (send-as addresses) are known only through a broader Gmail scope,
 * so MeetLink does not ask: such a line can be unticked.
 */
export function isMyAddress(email: string, me: string): boolean {
  const canonical = (address: string) => {
    const [local = '', domain = ''] = address.toLowerCase().split('@');
    if (domain !== 'gmail.com' && domain !== 'googlemail.com') return address.toLowerCase();
    return `${local.split('+')[0]!.replace(/\./g, '')}@gmail.com`;
  };
  return Boolean(me) && canonical(email) === canonical(me);
}

export interface ThreadHeaders {
  from: string;
  to: string;
  cc: string;
  replyTo: string;
}

/**
 * Everyone on the email but the person: the sender (by reply-to too), every To and Cc, each once, read as RFC 5322
 * says (src/text/addresses.ts): group members are guests and a group's name is not, a comment is no part of the
 * address, and what is no address at all is left out.
 */
export function threadGuests(headers: ThreadHeaders, me: string): Guest[] {
  const seen = new Set<string>();
  const guests: Guest[] = [];
  for (const { email, name } of [headers.replyTo, headers.from, headers.to, headers.cc].flatMap((h) => parseAddressList(h).mailboxes)) {
    if (seen.has(email) || isMyAddress(email, me) || !isEmailAddress(email)) continue;
    seen.add(email);
    guests.push({ email, entry: name ? `"${name}" <${email}>` : email });
  }
  return guests;
}

/** The next round half hour (in the person's zone) at least an hour from now. */
export function defaultStart(now: number, timeZone: string): number {
  const HALF = 30 * 60_000;
  const earliest = now + 60 * 60_000;
  const offset = zoneOffsetMinutes(earliest, timeZone) * 60_000;
  return Math.ceil((earliest + offset) / HALF) * HALF - offset;
}

/**
 * A date-time picker's value as Google sends it: `formInputs[name].dateTimeInput = {msSinceEpoch, hasDate,
 * hasTime}` (developers.google.com/workspace/add-ons/concepts/event-objects, "Form inputs": a date picker sends
 * `dateInput.msSinceEpoch`, a time picker `timeInput.{hours, minutes}`). msSinceEpoch is an int64, sent as a
 * string; both are read.
 */
export function dateTimeInput(e: AddOnEvent | undefined, name: string, zone?: { timeZone: string; pickerOffset: number }): number | undefined {
  const input = e?.commonEventObject?.formInputs?.[name]?.dateTimeInput;
  if (!input || input.hasDate === false || input.hasTime === false) return undefined;
  const ms = Number(input.msSinceEpoch);
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return zone ? instantOfWallTime(ms + zone.pickerOffset * 60_000, zone.timeZone) : ms;
}

/**
 * The picker shows one fixed offset (the zone's offset at the default time, setTimeZoneOffsetInMins): a date picked
 * across a daylight-saving change reads a wall time in the wrong offset. What the person meant is that wall time in
 * their zone: `wallMs` (the wall time as if UTC) → the instant it is in `timeZone`.
 */
export function instantOfWallTime(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffsetMinutes(wallMs, timeZone) * 60_000;
  return wallMs - zoneOffsetMinutes(guess, timeZone) * 60_000;
}

export interface InviteForm {
  title: string;
  startMs: number;
  minutes: number;
  guests: string[];
  note: string;
}

/** What the person sent, or the first thing wrong with it in plain words. Nothing is sent to Google before this passes. */
export function readInviteForm(
  e: AddOnEvent,
  now: number,
  fallbackTitle: string,
  zone?: { timeZone: string; pickerOffset: number },
): { form: InviteForm } | { problem: string } {
  const title = (formValues(e, INVITE_FIELDS.title)?.[0] ?? '').trim().slice(0, TITLE_MAX) || fallbackTitle;
  const note = (formValues(e, INVITE_FIELDS.note)?.[0] ?? '').trim();
  const startMs = dateTimeInput(e, INVITE_FIELDS.start, zone);
  const minutes = Number(formValues(e, INVITE_FIELDS.minutes)?.[0] ?? DEFAULT_LENGTH);
  const guests = [...new Set((formValues(e, INVITE_FIELDS.guests) ?? []).map((g) => g.trim().toLowerCase()))];
  if (startMs === undefined) return { problem: t().inviteNoTime() };
  if (startMs <= now) return { problem: t().invitePast() };
  if (!(MEETING_LENGTHS as readonly number[]).includes(minutes)) return { problem: t().inviteBadLength() };
  if (!guests.length) return { problem: t().inviteNoGuests() };
  const bad = guests.find((g) => !isEmailAddress(g));
  if (bad !== undefined) return { problem: t().inviteBadAddress({ address: bad.slice(0, 80) }) };
  if (guests.length > MAX_GUESTS) return { problem: t().inviteTooMany({ max: MAX_GUESTS }) };
  if (note.length > NOTE_MAX) return { problem: t().inviteNoteTooLong({ length: note.length, max: NOTE_MAX }) };
  return { form: { title, startMs, minutes, guests, note } };
}

/**
 * Meet ends calls of 3 or more people at 60 minutes on free accounts: Google Meet Help, "Calls with 3 or more
 * participants for up to 60 minutes… Otherwise, the call will end at 60 minutes" (as quoted when Google enforced
 * it in July 2021, e.g. news18.com/news/tech/google-meet-will-soon-impose-60-minute-limit-on-group-video-calls-for-free-users-3960767.html).
 */
export function overFreeLimit(form: InviteForm, freeAccount: boolean): boolean {
  return freeAccount && form.guests.length + 1 >= 3 && form.minutes > 60;
}

/**
 * The event's description: the note, then a line naming the email it came from. Google emails it to every guest and
 * renders it as HTML, so the note and the subject (the person's and a stranger's words) go in inert (inertText): no
 * tag, link, image or entity of theirs is ever live, and the text reads the same wherever it is shown.
 */
export function meetingDescription(note: string, subject: string): string {
  const from = t().inviteDescriptionFrom({ subject: inertLine(subject) || '—' });
  const text = inertText(note).trim();
  return text ? `${text}\n\n${from}` : from;
}
