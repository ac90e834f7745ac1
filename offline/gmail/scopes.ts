import { notModelled } from '../not-modelled';
/**
 * Which OAuth scopes let GmailApp do what, for an add-on, checked against the manifest's oauthScopes.
 *
 * - Reading the open message's headers (subject, sender, recipients): `gmail.addons.current.message.metadata`
 *   "View your email message metadata when the add-on is running"; `.readonly` "View your email messages when
 *   the add-on is running" also gives the body (developers.google.com/gmail/api/auth/scopes;
 *   developers.google.com/workspace/add-ons/concepts/gsuite-scopes). Each needs the message's access token.
 * - `gmail.addons.current.message.action` reads only "when you interact with the add-on": the fake does not
 *   model when an interaction is going on, so a manifest relying on it alone is refused as not modelled.
 * - Making a draft from a compose action: `gmail.addons.current.action.compose` ("Manage drafts and send emails
 *   when you interact with the add-on"; the compose guide: developers.google.com/workspace/add-ons/gmail/compose).
 * - `https://mail.google.com/` (full access) covers everything and needs no per-message token.
 */
const S = 'https://www.googleapis.com/auth/';
export const GMAIL_SCOPES = {
  full: 'https://mail.google.com/',
  metadata: `${S}gmail.addons.current.message.metadata`,
  readonly: `${S}gmail.addons.current.message.readonly`,
  action: `${S}gmail.addons.current.message.action`,
  compose: `${S}gmail.addons.current.action.compose`,
} as const;

export type GmailAccess = 'headers' | 'body' | 'draft' | 'draftRead';

const ALLOWED: Record<GmailAccess, readonly string[]> = {
  headers: [GMAIL_SCOPES.full, GMAIL_SCOPES.metadata, GMAIL_SCOPES.readonly],
  body: [GMAIL_SCOPES.full, GMAIL_SCOPES.readonly],
  draft: [GMAIL_SCOPES.full, GMAIL_SCOPES.compose],
  // Every GmailDraft method lists only https://mail.google.com/ (apps-script/reference/gmail/gmail-draft).
  draftRead: [GMAIL_SCOPES.full],
};

/** Throws what Apps Script throws when the script lacks every scope a method needs (wording Apps Script-like). */
export function requireScope(granted: readonly string[], access: GmailAccess, method: string): void {
  if (ALLOWED[access].some((scope) => granted.includes(scope))) return;
  if (access !== 'draft' && granted.includes(GMAIL_SCOPES.action)) {
    notModelled(`offline GmailApp: ${method} under gmail.addons.current.message.action alone is not modelled (reads only during an interaction).`);
  }
  throw new Error(`Exception: You do not have permission to call ${method}. Required permissions: (${ALLOWED[access].join(' || ')})`);
}

/** With full access no per-message token is needed; the add-on scopes need the open message's token. */
export function needsMessageToken(granted: readonly string[]): boolean {
  return !granted.includes(GMAIL_SCOPES.full);
}
