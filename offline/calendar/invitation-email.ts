import type { CalendarModel } from './model';
import type { Event } from './types';

/**
 * The invitation Google emails each guest of an event written with `sendUpdates: 'all'` ("Notifications are sent to
 * all guests", events.insert reference), from the organizer's account. The event's description "can contain HTML"
 * (events reference, description) and goes into that email: Calendar's own editor stores markup there, and Google's
 * field is read as HTML by Calendar's web page and as plain text by apps that sync it ("html-but-sometimes-plain-text",
 * kewisch/gdata-provider#316). Which tags Google's email keeps is not published (**unconfirmed**), so this fake keeps
 * every one: a description with markup is put in the email as it is, and one without is text, its line breaks kept.
 * A fake that cleaned the markup would be kinder than Google and hide a live link or image from a hostile email.
 */
export interface InvitationEmail {
  to: string;
  subject: string;
  /** The body as Google would send it: the description's own markup, live. */
  html: string;
  /** What the guest reads, with every live thing spelled out: `text [link: href]`, `[image: src]`, `[script: …]`. */
  text: string;
  /** The description as a calendar app that shows it as typed reads it. */
  descriptionAsTyped: string;
}

/** Markup a reader takes as HTML: a tag, a comment or declaration, or a character reference. */
const MARKUP = /<[A-Za-z/!?]|&#?[A-Za-z0-9]+;/;

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The description's part of the email: its own HTML when it has markup, else its text, line breaks as `<br>`. */
export function descriptionHtml(description: string): string {
  return MARKUP.test(description) ? description : escapeText(description).replace(/\r\n?|\n/g, '<br>');
}

/** Every invitation Google would have emailed for this event so far, one per guest and per write that notified all. */
export function invitationEmails(model: CalendarModel, calendarId: string, eventId: string): InvitationEmail[] {
  const event = model.peek(calendarId, eventId);
  if (!event) return [];
  const notified = model.notifications(calendarId, eventId).filter((n) => n.sendUpdates === 'all');
  return notified.flatMap((n) => n.attendees.filter((to) => to && to !== calendarId).map((to) => emailTo(event, to)));
}

function emailTo(event: Event, to: string): InvitationEmail {
  const description = event.description ?? '';
  const html = [
    `<h2>${escapeText(event.summary ?? '(No title)')}</h2>`,
    description ? `<div class="description">${descriptionHtml(description)}</div>` : '',
    event.hangoutLink ? `<p>Join with Google Meet: <a href="${escapeText(event.hangoutLink)}">${escapeText(event.hangoutLink)}</a></p>` : '',
  ].join('');
  return { to, subject: `Invitation: ${event.summary ?? '(No title)'}`, html, text: readAs(html), descriptionAsTyped: description };
}

/**
 * HTML as a person reads it in their mail, with what would be live spelled out: a link as its text and
 * `[link: href]`, an image as `[image: src]`, a script or style as `[script: …]`, any other element's attributes
 * that run or load something (`on…`, `src`, `href`, `style`) as `[attribute: …]`. Entities are decoded.
 */
export function readAs(html: string): string {
  const spelled = html
    .replace(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_m, tag: string, body: string) => `[${tag.toLowerCase()}: ${body}]`)
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_m, attrs: string, body: string) => `${body} [link: ${attribute(attrs, 'href') ?? ''}]`)
    .replace(/<img\b([^>]*)>/gi, (_m, attrs: string) => `[image: ${attribute(attrs, 'src') ?? ''}]`)
    .replace(/<br\s*\/?>|<\/(?:p|div|h\d|li)\s*>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '[comment]')
    .replace(/<[A-Za-z][^>]*>/g, (tag) => {
      const live = [...tag.matchAll(/\s(on\w+|src|href|style|action|formaction)\s*=/gi)].map((m) => m[1]!.toLowerCase());
      return live.length ? `[attribute: ${live.join(', ')}]` : '';
    })
    .replace(/<\/[A-Za-z][^>]*>/g, '');
  return decodeEntities(spelled).replace(/[ \t]+\n/g, '\n');
}

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
