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

/** An HTML link to an `https:` URL, its text escaped; anything else is shown as escaped text, never a link. */
export function htmlLink(url: string, text: string = url): string {
  const safe = httpsUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Shortens a value from Google to a length a card can show (a conference name of 200 KB is not a name). */
export function clip(text: string, max = 100): string {
  const value = String(text);
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
