import type { MeetLink } from './meet/conference';
import { escapeHtml, googleMeetUrl, htmlLink, httpsUrl } from './text/escape';

/** A link as an invitation sees it: a saved link may carry the person's label. */
export type InvitationLink = MeetLink & { label?: string };

/**
 * Fills the invitation template.
 *
 * - A line holding `{link}` (as text or as `<a href="{link}">`) is always kept: the link is never lost. A
 *   placeholder on it that has no value for this link (a new link has no `{label}`, a Meet space no `{phone}`)
 *   is removed on its own, by one rule (withoutEmpty, below): with the separator after it at the start of the
 *   line (`{label}: {link}` → the link), with the separator before it at the end (`{link} – {label}` → the link),
 *   with the spaces before it in the middle (`Meeting {label}: {link}` → `Meeting: https://…`); brackets left
 *   empty go too (`{link} ({label})` → the link), and so do a whole `<a href="{morePhones}">…</a>` with no
 *   page to point to and a `<b></b>` left around nothing. A word that introduces a detail (`PIN {pin}`) stays:
 *   what belongs to a placeholder is decided by position and punctuation only. In rich text, a link whose text
 *   would be empty shows its URL (`<a href="{link}">{label}</a>`), never an empty anchor.
 * - Any other line whose placeholders do not all have a value (a meeting with no dial-in) is left out rather
 *   than shown half empty.
 *
 * In plain text the template is text; in rich text (format `html`) the person's own <b>, <i>, <u>, <br> and
 * <a href="https://…"> are kept (richLine, below).
 */
export function renderInvitation(template: string, link: InvitationLink, format: 'text' | 'html'): string {
  const values: Record<string, string | undefined> = {
    link: link.url,
    code: link.code,
    phone: link.dialIn?.number,
    pin: link.dialIn?.pin,
    // Only Google's own page of numbers is offered; anything else leaves its line out.
    morePhones: googleMeetUrl(link.morePhonesUrl),
    label: link.label?.trim() || undefined,
  };
  const lines = template
    .split('\n')
    .flatMap((line) => {
      if (line.includes('{link}')) return [withoutEmpty(line, values)];
      return [...line.matchAll(/\{(\w+)\}/g)].every((m) => values[m[1]] !== undefined) ? [line] : [];
    })
    .map((line) => (format === 'html' ? richLine(line, values) : line.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')));
  // It ends with a line break, so text after it starts on a line of its own.
  return format === 'html' ? `${lines.join('<br>')}<br>` : `${lines.join('\n')}\n`;
}

/** What separates a placeholder from its neighbours: spaces and the punctuation people put between details. */
const SEPARATOR = '\\s*[:;,|·•–—-]?\\s*';
/** Markup that shows nothing: tags and spaces at the edges of a line. */
const START = '^((?:\\s|<[^>]*>)*)';
const END = '((?:\\s|<\\/[^>]*>|[.!?])*)$';

/**
 * A line that holds {link}, with every placeholder that has no value removed together with what only belongs
 * to it (the rule renderInvitation documents). The link itself always has a value, so it is never removed.
 */
export function withoutEmpty(line: string, values: Record<string, string | undefined>): string {
  const empty = Object.keys(values).filter((name) => values[name] === undefined);
  if (!empty.length) return line;
  const any = `\\{(?:${empty.join('|')})\\}`;
  const rules: [RegExp, string][] = [
    // A link to a page that is not there: the whole element, with its text.
    [new RegExp(`\\s*<a\\s+href="${any}"\\s*>.*?(?:<\\/a>|$)`, 'i'), ''],
    [new RegExp(`${START}${any}${SEPARATOR}`), '$1'],
    [new RegExp(`${SEPARATOR}${any}${END}`), '$1'],
    [new RegExp(`\\s*${any}`), ''],
    [/\s*(?:\(\s*\)|\[\s*\])/, ''],
    // Bold, italics or underline around nothing.
    [/<([biu])>\s*<\/\1>/i, ''],
  ];
  let out = line;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [pattern, replacement] of rules) {
      const next = out.replace(pattern, replacement);
      if (next !== out) [out, changed] = [next, true];
    }
  }
  return out === line ? line : out.trimStart();
}

/**
 * The plain-text alternative of a rich-text draft, read from the HTML this module wrote (so its only tags are <b>,
 * <i>, <u>, <br> and <a href>): line breaks for <br>, a link as its text, with its URL after it when the text is
 * not the URL itself, and the escaped characters back as they were. A person whose mail app shows plain text sees
 * the words and the link, never a tag.
 */
export function plainTextOf(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_, url: string, text: string) => (text === url ? url : `${text} (${url})`))
    .replace(/<\/?[biu]>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
}

/** An invitation inserted at the cursor starts on a line of its own, even when the cursor is mid-line. */
export function onItsOwnLine(invitation: string, format: 'text' | 'html'): string {
  return (format === 'html' ? '<br>' : '\n') + invitation;
}

/** The link alone, as it goes into a draft. */
export function renderLink(link: MeetLink, format: 'text' | 'html'): string {
  return format === 'html' ? htmlLink(link.url) : link.url;
}

/**
 * The link alone, inserted at the cursor. Google tells a compose action nothing about the text around the cursor
 * (draftAccess NONE; UpdateDraftBodyAction inserts where the cursor is), so the link brings its separators: a space
 * before it, so the word before the cursor never fuses with it ("Join herehttps://…"), and one after it, so text
 * after the cursor never does either (Gmail would link "…xyzand" as one wrong code). A space too many after a
 * space shows as one in rich text and is harmless in plain text. An invitation stands on lines of its own instead
 * (onItsOwnLine, and its closing line break).
 */
export function linkAtCursor(link: MeetLink, format: 'text' | 'html'): string {
  return ` ${renderLink(link, format)} `;
}

/**
 * The rich-text template language: the person's own text, where only <b>, <i>, <u>, <br> and
 * <a href="https://…"> (or <a href="{link}">, <a href="{morePhones}">) are markup. Every other character is
 * text, escaped; every value from Google is escaped; a tag left open is closed at the end of its line, so a
 * template can never change the rest of the email.
 */
const TOKEN = /<\/?[a-zA-Z]+(?:\s+href="[^"]*")?\s*\/?>|\{\w+\}/g;
const STYLES = ['b', 'i', 'u'];
/** The placeholders whose value is a URL: shown as a link of their own, usable as an href. */
const URL_PLACEHOLDERS = ['link', 'morePhones'];

export function richLine(line: string, values: Record<string, string | undefined>): string {
  const open: string[] = [];
  let out = '';
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    out += escapeHtml(line.slice(last, match.index));
    last = match.index + match[0].length;
    out += match[0].startsWith('{') ? placeholder(match[0].slice(1, -1), values, open.includes('a')) : tag(match[0], values, open);
  }
  out += escapeHtml(line.slice(last));
  const closed =
    out +
    open
      .reverse()
      .map((name) => `</${name}>`)
      .join('');
  // A link with no text to show (`<a href="{link}">{label}</a>` for a link with no label) shows its URL, never an
  // empty anchor. Everything between < and > here is markup richLine wrote: the person's text is escaped.
  return closed.replace(/(<a href="([^"]*)">)((?:<[^>]*>|\s)*)<\/a>/g, '$1$3$2</a>');
}

function placeholder(name: string, values: Record<string, string | undefined>, insideLink: boolean): string {
  const value = values[name];
  if (value === undefined) return escapeHtml(`{${name}}`);
  return URL_PLACEHOLDERS.includes(name) && !insideLink ? htmlLink(value) : escapeHtml(value);
}

/** One tag the person wrote: kept when allowed and well placed, else shown as the text it is. */
function tag(text: string, values: Record<string, string | undefined>, open: string[]): string {
  const m = /^<(\/?)([a-zA-Z]+)(?:\s+href="([^"]*)")?\s*\/?>$/.exec(text)!;
  const [closing, name, href] = [m[1] === '/', m[2].toLowerCase(), m[3]];
  if (name === 'br' && !closing && href === undefined) return '<br>';
  if (STYLES.includes(name) && href === undefined) {
    if (!closing) {
      open.push(name);
      return `<${name}>`;
    }
    return close(name, open) ?? escapeHtml(text);
  }
  if (name === 'a') {
    if (closing) return close('a', open) ?? escapeHtml(text);
    const url = linkTarget(href, values);
    if (url && !open.includes('a')) {
      open.push('a');
      return `<a href="${escapeHtml(url)}">`;
    }
  }
  return escapeHtml(text);
}

/** Closes `name` and whatever was opened inside it; undefined when it is not open. */
function close(name: string, open: string[]): string | undefined {
  const at = open.lastIndexOf(name);
  if (at < 0) return undefined;
  return open
    .splice(at)
    .reverse()
    .map((n) => `</${n}>`)
    .join('');
}

function linkTarget(href: string | undefined, values: Record<string, string | undefined>): string | undefined {
  if (href === undefined) return undefined;
  const name = /^\{(\w+)\}$/.exec(href)?.[1];
  if (name) return URL_PLACEHOLDERS.includes(name) ? values[name] : undefined;
  return httpsUrl(href);
}
