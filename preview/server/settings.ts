/**
 * POST /api/settings: each key of SettingsBody (preview/protocol.ts) and what it changes in the simulated
 * Google. A control of the panel (preview/controls.ts) sends one of these keys; adding a control means one
 * entry there and one here (the type below refuses a key without a handler).
 */
import { CONSUMER, WORKSPACE } from '../../offline/runtime';
import { isLocale, isTimeZone } from '../locales';
import { PREVIEW_EDITIONS, type PreviewEdition, type SettingsBody } from '../protocol';
import { addOldPinnedLink, damage } from './damage';
import { HttpError } from './http-error';
import { changeConference } from './meeting';
import type { PreviewSession } from './session';

/**
 * What the host must open again after a setting: nothing, the current card's trigger (homepage, compose or
 * event, so the next card gets the new value), or the homepage (another account may see another homepage).
 */
export type Reopen = 'none' | 'context' | 'homepage';
const STRENGTH: Record<Reopen, number> = { none: 0, context: 1, homepage: 2 };

type Apply = (session: PreviewSession, value: unknown) => Reopen;

const APPLY: { [K in keyof Required<SettingsBody>]: Apply } = {
  account: (session, value) => {
    if (value !== 'consumer' && value !== 'workspace') return 'none';
    const next = value === 'workspace' ? WORKSPACE : CONSUMER;
    const settings = session.runtime.settings;
    if (next.email === settings.account.email) return 'none';
    // Each account has its own calendar and time zone; the person reading the preview keeps their language, and the
    // Workspace account the edition chosen for it.
    settings.account = { ...next, locale: settings.account.locale, ...(next.kind === 'workspace' ? { edition: session.edition } : {}) };
    return 'homepage';
  },
  edition: (session, value) => {
    if (!PREVIEW_EDITIONS.includes(value as PreviewEdition)) throw new HttpError(400, `edition must be one of ${PREVIEW_EDITIONS.join(', ')}`);
    session.edition = value as PreviewEdition;
    const settings = session.runtime.settings;
    if (settings.account.kind !== 'workspace') return 'none';
    // Meet answers by the edition from the next call on (offline/meet/model.ts, conference-records.ts): the card opens again.
    settings.account = { ...settings.account, edition: session.edition };
    return 'context';
  },
  latencyMs: (session, value) => {
    const ms = Number(value);
    if (!Number.isFinite(ms) || ms < 0 || ms > 60000) throw new HttpError(400, 'latencyMs must be 0–60000');
    session.runtime.settings.latencyMs = Math.round(ms);
    return 'none';
  },
  faults: (session, value) => {
    if (value && typeof value === 'object') session.setFaults(value as Record<string, unknown>);
    return 'none';
  },
  locale: (session, value) => {
    if (!isLocale(value)) throw new HttpError(400, 'locale must look like en-US, ja-JP or pt-BR');
    session.runtime.settings.account.locale = value;
    return 'context';
  },
  timeZone: (session, value) => {
    if (!isTimeZone(value)) throw new HttpError(400, 'timeZone must be an IANA time zone such as Europe/London');
    session.runtime.settings.account.timeZone = value;
    return 'context';
  },
  conference: (session, value) => {
    if (value !== 'join' && value !== 'leave') throw new HttpError(400, 'conference must be join or leave');
    changeConference(session.runtime, value);
    // The person sees it on the meeting's card after Refresh, as in Meet: nothing reopens.
    return 'none';
  },
  consent: (session, value) => {
    if (!value || typeof value !== 'object') throw new HttpError(400, 'consent must map scopes to true or false');
    const consent = session.runtime.consent;
    for (const [scope, granted] of Object.entries(value as Record<string, unknown>)) {
      if (!consent.manifestScopes().includes(scope)) throw new HttpError(400, `consent: ${scope} is not a scope of the manifest`);
      if (granted === true) consent.grant(scope);
      else if (granted === false) consent.untick(scope);
      else throw new HttpError(400, 'consent must map scopes to true or false');
    }
    // Nothing is asked until an action needs the scope, as in Gmail and Calendar.
    return 'none';
  },
  damage: (session, value) => {
    if (value !== 'settings' && value !== 'history') throw new HttpError(400, 'damage must be settings or history');
    damage(session.runtime, value);
    // The homepage (or the open card) is drawn again from the damaged values.
    return 'context';
  },
  links: (session, value) => {
    if (value !== 'oldPinned') throw new HttpError(400, 'links must be oldPinned');
    addOldPinnedLink(session.runtime);
    return 'context';
  },
};

/** Applies every known key of the body, in the order above; answers what the host must open again. */
export function applySettings(session: PreviewSession, body: Record<string, unknown>): Reopen {
  let reopen: Reopen = 'none';
  for (const [key, apply] of Object.entries(APPLY)) {
    if (body[key] === undefined) continue;
    const next = apply(session, body[key]);
    if (STRENGTH[next] > STRENGTH[reopen]) reopen = next;
  }
  return reopen;
}
