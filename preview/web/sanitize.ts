/**
 * Card text may hold a little HTML (developers.google.com/workspace/add-ons/guides/formatting-text):
 * <b>, <i>, <u>, <a href>, <br>, <font color>. The preview keeps exactly those and nothing else: the text is
 * parsed by an inert DOMParser document (nothing in it runs or loads) and rebuilt node by node; any other
 * element is dropped but its text kept, and no attribute survives except a checked href or color.
 */
const ALLOWED = new Set(['B', 'I', 'U', 'A', 'BR', 'FONT']);

export function safeHref(href: string | null): string | undefined {
  if (!href) return undefined;
  const value = href.trim();
  return /^(https?:|mailto:|tel:)/i.test(value) ? value : undefined;
}

export function safeColor(color: string | null): string | undefined {
  if (!color) return undefined;
  const value = color.trim();
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^[a-z]{3,20}$/i.test(value) ? value : undefined;
}

/** A fragment of safe nodes for a card's formatted text. */
export function richText(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  copyChildren(parsed.body, out);
  return out;
}

function copyChildren(from: Node, to: Node): void {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.textContent ?? ''));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
    if (!ALLOWED.has(tag)) {
      copyChildren(el, to);
      continue;
    }
    if (tag === 'BR') {
      to.appendChild(document.createElement('br'));
      continue;
    }
    let made: HTMLElement;
    if (tag === 'A') {
      const a = document.createElement('a');
      const href = safeHref(el.getAttribute('href'));
      if (href) {
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      }
      made = a;
    } else if (tag === 'FONT') {
      const span = document.createElement('span');
      const color = safeColor(el.getAttribute('color'));
      if (color) span.style.color = color;
      made = span;
    } else made = document.createElement(tag.toLowerCase());
    copyChildren(el, made);
    to.appendChild(made);
  }
}

/** Plain text of formatted card text (for aria labels and titles). */
export function plainText(html: string): string {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.textContent ?? '';
}
