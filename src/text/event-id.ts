/**
 * A Google Calendar event named by what a flow or a person may hand over: its id, its own page in Google Calendar,
 * or its iCalendar UID. What Workspace Studio's Calendar starter passes as the event is not published (the starters
 * guide, support.google.com/workspace-studio/answer/16765661, names the starter but not its variables' form), so
 * each form Google itself shows for an event is read:
 *
 * - the id the Calendar API gives: base32hex, 5 to 1024 characters ("characters allowed in the ID are those used in
 *   base32hex encoding, i.e. lowercase letters a-v and digits 0-9", events reference, `id`), and a recurring event's
 *   instance, the series id with `_` and the instance's start (`…_20261122T150000Z`, `…_20261122` all day);
 * - the event's page, the `htmlLink` ("An absolute link to this event in the Google Calendar Web UI"):
 *   `https://www.google.com/calendar/event?eid=…` or on `calendar.google.com`, whose `eid` is the base64 of
 *   "<event id> <calendar id>" (users' reports, e.g. marcodifrancesco.com "Generate link to edit events in Google
 *   Calendar"; *unconfirmed* by Google);
 * - the iCalendar UID of an event made in Google Calendar, `<id>@google.com` (*unconfirmed*: Google says only that
 *   iCalUID and id "are not identical"; a recurring series shares one UID, so it names the series).
 *
 * Anything else is no event id. The caller reads it once (events.get): a wrong guess is a 404, said as such.
 */
const EVENT_ID = /^[a-v0-9]{5,1024}(?:_\d{8}(?:T\d{6}Z)?)?$/;
const ICAL_UID = /^([a-v0-9]{5,1024})@google\.com$/;
const EVENT_PAGE =
  /^https:\/\/(?:www\.google\.com\/calendar|calendar\.google\.com\/calendar)(?:\/u\/\d+)?(?:\/r)?\/event\?(?:[^#]*&)?eid=([A-Za-z0-9_-]+={0,2})(?:[&#]|$)/;

/** The Calendar event id in `input`, or undefined when it names no event in a form above. */
export function calendarEventIdIn(input: string): string | undefined {
  const text = input.trim();
  if (text.length > 2048) return undefined;
  if (EVENT_ID.test(text)) return text;
  const uid = ICAL_UID.exec(text.toLowerCase())?.[1];
  if (uid) return uid;
  const eid = EVENT_PAGE.exec(text)?.[1];
  const decoded = eid ? base64Ascii(eid) : undefined;
  const id = decoded?.split(' ')[0];
  return id && EVENT_ID.test(id) ? id : undefined;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 or base64url (padding optional) to text, when every byte is printable ASCII; else undefined. Apps Script's
 * Utilities.base64DecodeWebSafe answers bytes that need a Blob to become text: an event id and a calendar id are
 * ASCII, so a few lines do it without a service call.
 */
function base64Ascii(value: string): string | undefined {
  const clean = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length % 4 === 1) return undefined;
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    buffer = ((buffer << 6) | index) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      if (byte < 0x20 || byte > 0x7e) return undefined;
      out += String.fromCharCode(byte);
    }
  }
  return out;
}
