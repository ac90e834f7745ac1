/**
 * Meet meeting codes and links, written once. A code is three groups of lowercase letters, `abc-mnop-xyz`
 * (Meet API overview, "meetingCode"); a link is `https://meet.google.com/` followed by it.
 */
const CODE = '[a-z]{3}-[a-z]{4}-[a-z]{3}';
const MEET_URL = new RegExp(`^https://meet\\.google\\.com/(${CODE})$`);
/** What a person may type to name a meeting: a code (any case, dashes optional) or a link with a query. */
const TYPED = new RegExp(`^(?:(?:https?://)?meet\\.google\\.com/)?(${CODE}|[a-z]{10})/?(?:[?#][^\\s]*)?$`);
/** Longer input is not a meeting code or link, whatever it holds. */
export const TYPED_MAX = 200;

/** The link of a meeting code. */
export function meetUrl(code: string): string {
  return `https://meet.google.com/${code}`;
}

/** The meeting code of a Meet URL, or undefined when the URL is not exactly a Meet meeting link. */
export function meetCodeOf(url: string | undefined | null): string | undefined {
  return url ? MEET_URL.exec(url)?.[1] : undefined;
}

/** Whether a string is exactly a meeting code. */
export function isMeetingCode(code: string | undefined): code is string {
  return typeof code === 'string' && new RegExp(`^${CODE}$`).test(code);
}

/**
 * The meeting code in what a person typed: a code (`abc-mnop-xyz`, any case, dashes optional) or a Meet link
 * (`https://meet.google.com/abc-mnop-xyz?authuser=0`). Codes are not case sensitive (Meet API overview).
 */
export function meetingCodeIn(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (text.length > TYPED_MAX) return undefined;
  const code = TYPED.exec(text)?.[1];
  return code && !code.includes('-') ? `${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7)}` : code;
}
