/**
 * Card text may hold a little HTML, and only what Google's hosts draw
 * (developers.google.com/workspace/add-ons/guides/formatting-text, "Formatting text"): <b>, <i>, <u>, <s>,
 * <font color>, <a href>, <br>. DOMPurify keeps exactly those, with href only http(s) and color as a color;
 * any other element goes but its text stays, and nothing in card text runs or loads.
 */
import DOMPurify, { type Config } from 'dompurify';

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['a', 'b', 'i', 'u', 's', 'font', 'br'],
  ALLOWED_ATTR: ['href', 'color'],
  // Every attribute but these must match ALLOWED_URI_REGEXP: color is checked in the hook below instead.
  ALLOWED_URI_REGEXP: /^https?:/i,
  ADD_URI_SAFE_ATTR: ['color'],
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

const COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'FONT' && !COLOR.test(node.getAttribute('color')?.trim() ?? '')) node.removeAttribute('color');
});

/** A fragment of safe nodes for a card's formatted text. */
export function richText(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, CONFIG);
}

/** Plain text of formatted card text (for titles). */
export function plainText(html: string): string {
  return richText(html).textContent ?? '';
}

/** An http(s) link, or nothing. */
export function safeHref(href: string | null | undefined): string | undefined {
  const value = href?.trim();
  return value && /^https?:/i.test(value) ? value : undefined;
}
