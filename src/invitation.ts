import type { MeetLink } from './meet/conference';
import { escapeHtml, htmlLink, httpsUrl } from './text/escape';

/**
 * Fills the invitation template. A line whose placeholders have no value for this link (a meeting with no
 * dial-in, say) is left out rather than shown half empty.
 */
export function renderInvitation(template: string, link: MeetLink, format: 'text' | 'html'): string {
  const values: Record<string, string | undefined> = {
    link: link.url,
    code: link.code,
    phone: link.dialIn?.number,
    pin: link.dialIn?.pin,
    // Only an https: page of numbers is offered; anything else leaves its line out.
    morePhones: httpsUrl(link.morePhonesUrl),
  };
  const lines = template
    .split('\n')
    .filter((line) => [...line.matchAll(/\{(\w+)\}/g)].every((m) => values[m[1]] !== undefined))
    .map((line) => (format === 'html' ? renderHtmlLine(line, values) : line.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!)));
  // It ends with a line break, so text after the cursor starts on a line of its own.
  return format === 'html' ? `${lines.join('<br>')}<br>` : `${lines.join('\n')}\n`;
}

/** The link alone, as it goes into a draft. */
export function renderLink(link: MeetLink, format: 'text' | 'html'): string {
  return format === 'html' ? htmlLink(link.url) : link.url;
}

function renderHtmlLine(line: string, values: Record<string, string | undefined>): string {
  return line
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escapeHtml(part);
      const value = values[name]!;
      return name === 'link' || name === 'morePhones' ? htmlLink(value) : escapeHtml(value);
    })
    .join('');
}
