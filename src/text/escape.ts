/**
 * The one place text from Google or the person is made safe for markup. Card text widgets render a small HTML
 * subset (`<a href>`, `<b>`, `<i>`, `<font>`, `<br>`; developers.google.com/workspace/add-ons/guides/formatting-text)
 * and HTML drafts render everything, so every value that comes from Calendar data (a conference name, a dial-in
 * label, a URL), from a Meet space or from the person goes through escapeHtml before it is put in card text or
 * a draft, and only `https:` URLs ever become links.
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** URLs over 2 KB are refused by Apps Script's UrlFetchApp and are no link a person should be offered. */
const URL_MAX = 2048;
const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>"'`\\]*)?$/;

/** The URL itself when it is an `https:` URL with a host and no characters that could break out of markup. */
export function httpsUrl(url: unknown): string | undefined {
  return typeof url === 'string' && url.length <= URL_MAX && HTTPS_URL.test(url) ? url : undefined;
}

/**
 * The hosts of the links MeetLink words itself: a meeting (`meet.google.com`) and Google's page of dial-in
 * numbers (`tel.meet`). Exactly these hosts, no port, no user info: `meet.google.com.evil.example` is not one.
 */
const GOOGLE_MEET_HOSTS = ['meet.google.com', 'tel.meet'];

/**
 * The one rule for every link MeetLink words itself ("More phone numbers", a Meet link in a draft or an
 * invitation, "Open in Meet"): the URL when it is an `https:` URL (httpsUrl) on one of Google's Meet hosts, else
 * undefined, and the caller shows it as text or not at all. Links the person wrote into their own template
 * (`<a href="https://…">`) are theirs, and only need to be `https:`.
 */
export function googleMeetUrl(url: unknown): string | undefined {
  const safe = httpsUrl(url);
  const host = safe && /^https:\/\/([A-Za-z0-9.-]+)(?=[/?#]|$)/.exec(safe)?.[1];
  return host && GOOGLE_MEET_HOSTS.includes(host.toLowerCase()) ? safe : undefined;
}

/**
 * An event's own page in Google Calendar, as events.insert answers it in `htmlLink` ("An absolute link to this event
 * in the Google Calendar Web UI", events reference): `https://www.google.com/calendar/event?eid=…` or on
 * `calendar.google.com`. "Open in Calendar" opens it only when it is exactly that; else there is no button.
 */
export function googleCalendarEventUrl(url: unknown): string | undefined {
  const safe = httpsUrl(url);
  const match = safe && /^https:\/\/([A-Za-z0-9.-]+)(\/[^?#]*)/.exec(safe);
  if (!match) return undefined;
  const [, host, path] = match;
  const ok = (host!.toLowerCase() === 'www.google.com' && /^\/calendar\//.test(path!)) || host!.toLowerCase() === 'calendar.google.com';
  return ok ? safe : undefined;
}

/**
 * An HTML link MeetLink words itself, its text escaped: only to Google's Meet hosts (googleMeetUrl); anything
 * else is shown as escaped text, never a link.
 */
export function htmlLink(url: string, text: string = url): string {
  const safe = googleMeetUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/**
 * A link the event itself carries (a third-party conference's join URL, shown as that URL): the organizer's, not
 * MeetLink's words, so it is a link when it is `https:` (httpsUrl), else escaped text.
 */
export function eventLink(url: string, text: string = url): string {
  const safe = httpsUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Shortens a value from Google to a length a card can show (a conference name of 200 KB is not a name). */
export function clip(text: string, max = 100): string {
  const value = String(text);
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A file Google Meet made (a recording in Drive, a transcript or Gemini's notes in Docs), as the Meet API gives its
 * `exportUri`: the URL when it is `https:` (httpsUrl) on Google's Drive or Docs host, else undefined, and the caller
 * shows no link. "Use https://docs.google.com/document/d/{$DocumentId}/view", "https://drive.google.com/file/d/{$fileId}/view"
 * (DocsDestination, DriveDestination: google/apps/meet/v2/resource.proto).
 */
export function googleFileUrl(url: unknown): string | undefined {
  const safe = httpsUrl(url);
  const host = safe && /^https:\/\/([A-Za-z0-9.-]+)(?=[/?#]|$)/.exec(safe)?.[1];
  return host && ['docs.google.com', 'drive.google.com'].includes(host.toLowerCase()) ? safe : undefined;
}

/** An HTML link to a file Meet made (googleFileUrl), its text escaped; anything else is escaped text, never a link. */
export function fileLink(url: string | undefined, text: string): string {
  const safe = googleFileUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/**
 * Text from an email or the person made inert for a Calendar event's description, the one place MeetLink writes text
 * that is read both as HTML and as plain text. The description "can contain HTML" (events reference, description):
 * Calendar's web page and the invitation Google emails, from the person's account, to every guest render it as HTML,
 * while apps that sync the calendar show it as typed (Google's field is "html-but-sometimes-plain-text",
 * kewisch/gdata-provider#316). Escaping as for a card (`&lt;`) would show entities to the second; stripping tags would
 * drop text such as `Bob <bob@x.org>` or `<ticket 42>`. So the characters that could open markup become look-alikes
 * that no reader takes as markup: `<` and `>` become `‹` and `›`, an `&` that would start a character reference
 * (`&lt;`, `&#60;`, `&amp` without its semicolon) becomes `＆` (`Q&A` stays as it is). Line breaks stay line breaks
 * (CRLF and CR become LF); other control characters go.
 */
export function inertText(text: string): string {
  return String(text)
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/&(?=#|[A-Za-z0-9]+;|amp|lt|gt|quot|apos|nbsp)/gi, '＆');
}

/** inertText for one line (an email's subject): every line break or tab becomes one space. */
export function inertLine(text: string): string {
  return inertText(String(text).replace(/[\r\n\t\u2028\u2029]+/g, ' ')).trim();
}
