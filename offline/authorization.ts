import { notModelled } from './not-modelled';
/**
 * What the person granted on Google's consent screen, and ScriptApp's view of it.
 *
 * Since late 2025 a published Workspace add-on shows granular consent: the person may untick individual scopes,
 * also when asked again later ("Granular OAuth permissions allow users to authorize specific scopes, and scripts
 * should be designed to handle these permissions using requireScopes or getAuthorizationInfo";
 * developers.google.com/apps-script/concepts/scopes#handle-granular). The token the add-on runs with carries only
 * the granted scopes, so every fake checks `granted()` (offline/scopes.ts, gmail/scopes.ts, url-fetch.ts).
 *
 * - `ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes?)`: "Gets an object that determines if the user needs to
 *   authorize this script to use one or more services"; with a list, for those scopes only. Its status is REQUIRED
 *   while any of them is not granted, its URL then leads to the consent screen, and `getAuthorizedScopes()` lists
 *   those of them that are granted (developers.google.com/apps-script/reference/script/authorization-info).
 * - `ScriptApp.requireScopes(AuthMode.FULL, scopes)`: "Validates if the user has granted consent for all of the
 *   requested scopes"; if any is missing the current execution ends and the person is shown the authorization
 *   prompt (developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String[])).
 *   Modelled as a throw of `ConsentRequired`, which the host (offline/host.ts) turns into Google's prompt: the add-on
 *   never sees the rest of its execution.
 * - `ScriptApp.requireAllScopes(AuthMode.FULL)`: "Use this method if an execution flow relies on all project scopes";
 *   like requireScopes for every scope of the manifest (apps-script/concepts/scopes, "Handle granular OAuth
 *   permissions"; releases, Jan 2025). MeetLink never calls it: each action asks for its own scopes.
 * - A scope the manifest does not list cannot be asked for (Apps Script asks only the project's scopes): it throws.
 * Any AuthMode but FULL is not modelled.
 *
 * What the guide says of the prompt is only "the execution ends and prompts the user for authorization". What it
 * lists (the missing scopes only, or every scope asked) and what the add-on's card is after the person answers are
 * not published (docs/deploy.md, real-account checklist): the host (offline/host.ts) records the missing scopes and
 * keeps the card by default; `ConsentOptions.afterPrompt: 'homepage'` has it redraw the homepage instead, the other
 * reading, so a test can show nothing is lost either way.
 *
 * Scopes whose unticking Google documents nothing about (the per-host `*.addons.execute`, which every add-on of that
 * host lists, and the compose scope a compose-time add-on "must have": GmailAddOnManifest.composeTrigger) are not
 * modelled when unticked: the host throws "not modelled" where Google's behaviour would start to matter.
 * `Session.getActiveUser().getEmail()` without userinfo.email: "a blank string if security policies do not allow
 * access to the user's email address" (apps-script/reference/base/user); that an unticked userinfo.email is such a
 * case is unconfirmed: `ConsentOptions.emailWithoutUserinfo` ('blank', the unkind default, or 'email').
 */
export interface ConsentOptions {
  /** What the add-on shows after Google's consent prompt: the card as it was (default), or the homepage again. Unconfirmed. */
  afterPrompt: 'keepCard' | 'homepage';
  /** What Session.getActiveUser().getEmail() answers with userinfo.email unticked. Unconfirmed: 'blank' by default. */
  emailWithoutUserinfo: 'blank' | 'email';
}

export const DEFAULT_CONSENT_OPTIONS: ConsentOptions = { afterPrompt: 'keepCard', emailWithoutUserinfo: 'blank' };

const AUTH = 'https://www.googleapis.com/auth/';
export const USERINFO_EMAIL = `${AUTH}userinfo.email`;
/** The scope every add-on of a host lists to run there at all (Workspace add-ons scopes page). */
export const EXECUTE_SCOPES = { GMAIL: `${AUTH}gmail.addons.execute`, CALENDAR: `${AUTH}calendar.addons.execute` } as const;
export const AUTHORIZATION_STATUS = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

/** The consent URL the fake hands out; its only use is to be shown or opened. */
export const CONSENT_URL = 'https://accounts.google.com/o/oauth2/auth?offline=meetlink';

/** Thrown by requireScopes: Google ends the execution and asks the person for these scopes. */
export class ConsentRequired extends Error {
  constructor(readonly scopes: string[]) {
    super(`Authorization is required to perform that action (missing: ${scopes.join(', ')}).`);
  }
}

/** The person's grant: every scope of the manifest until they untick one. */
export class Consent {
  readonly #unticked = new Set<string>();
  readonly options: ConsentOptions;
  constructor(
    readonly manifestScopes: () => string[],
    options: Partial<ConsentOptions> = {},
  ) {
    this.options = { ...DEFAULT_CONSENT_OPTIONS, ...options };
  }

  granted(): string[] {
    return this.manifestScopes().filter((s) => !this.#unticked.has(s));
  }
  isGranted(scope: string): boolean {
    return this.granted().includes(scope);
  }
  /** The person unticks a scope on the consent screen (or never ticked it). */
  untick(scope: string): void {
    this.known(scope);
    this.#unticked.add(scope);
  }
  /** The person ticks it on the consent screen Google shows again. */
  grant(scope: string): void {
    this.known(scope);
    this.#unticked.delete(scope);
  }
  private known(scope: string): void {
    if (!this.manifestScopes().includes(scope)) throw new Error(`offline/authorization.ts: ${scope} is not in the manifest's oauthScopes`);
  }
}

function scopesAsked(consent: Consent, scopes: unknown, method: string): string[] | undefined {
  if (scopes === undefined) return undefined;
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string')) throw new Error(`Exception: Invalid argument: ${method}`);
  for (const s of scopes) {
    if (!consent.manifestScopes().includes(s)) {
      notModelled(`Not modelled offline: ${method} for ${s}, a scope the manifest does not list`);
    }
  }
  return scopes as string[];
}

function fullOnly(authMode: unknown, method: string): void {
  if (authMode !== 'FULL') notModelled(`Not modelled offline: ScriptApp.${method}(${String(authMode)}); use AuthMode.FULL`);
}

export function getAuthorizationInfo(consent: Consent) {
  return (authMode: unknown, scopes?: unknown) => {
    fullOnly(authMode, 'getAuthorizationInfo');
    const asked = scopesAsked(consent, scopes, 'ScriptApp.getAuthorizationInfo') ?? consent.manifestScopes();
    const authorized = asked.filter((s) => consent.isGranted(s));
    const required = authorized.length < asked.length;
    return {
      getAuthorizationStatus: () => (required ? AUTHORIZATION_STATUS.REQUIRED : AUTHORIZATION_STATUS.NOT_REQUIRED),
      getAuthorizationUrl: () => (required ? CONSENT_URL : null),
      getAuthorizedScopes: () => [...authorized],
    };
  };
}

export function requireAllScopes(consent: Consent) {
  return (authMode: unknown) => {
    fullOnly(authMode, 'requireAllScopes');
    const missing = consent.manifestScopes().filter((s) => !consent.isGranted(s));
    if (missing.length) throw new ConsentRequired(missing);
  };
}

/** Session.getActiveUser(): the person's address, or blank without userinfo.email (see ConsentOptions). */
export function activeUser(consent: Consent, email: () => string) {
  return () => ({
    getEmail: () => (consent.isGranted(USERINFO_EMAIL) || consent.options.emailWithoutUserinfo === 'email' ? email() : ''),
  });
}

export function requireScopes(consent: Consent) {
  return (authMode: unknown, scopes: unknown) => {
    fullOnly(authMode, 'requireScopes');
    const asked = scopesAsked(consent, scopes, 'ScriptApp.requireScopes');
    if (!asked) throw new Error('Exception: Invalid argument: oAuthScopes');
    const missing = asked.filter((s) => !consent.isGranted(s));
    if (missing.length) throw new ConsentRequired(missing);
  };
}
