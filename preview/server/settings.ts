/**
 * POST /api/settings: each key of SettingsBody (preview/protocol.ts) and what it changes in the simulated
 * Google. A control of the panel (preview/controls.ts) sends one of these keys; adding a control means one
 * entry there and one here (the type below refuses a key without a handler).
 */
import { CONSUMER, WORKSPACE } from '../../offline/runtime';
import type { SettingsBody } from '../protocol';
import { HttpError } from './http-error';
import type { PreviewSession } from './session';

/** Applies one setting; answers true when the host must reopen its homepage (e.g. another account). */
type Apply<V> = (session: PreviewSession, value: V) => boolean;

const APPLY: { [K in keyof Required<SettingsBody>]: Apply<unknown> } = {
  account: (session, value) => {
    if (value !== 'consumer' && value !== 'workspace') return false;
    const next = value === 'workspace' ? WORKSPACE : CONSUMER;
    const settings = session.runtime.settings;
    if (next.email === settings.account.email) return false;
    settings.account = { ...next };
    // Another account sees another calendar and may see another homepage.
    return true;
  },
  latencyMs: (session, value) => {
    const ms = Number(value);
    if (!Number.isFinite(ms) || ms < 0 || ms > 60000) throw new HttpError(400, 'latencyMs must be 0–60000');
    session.runtime.settings.latencyMs = Math.round(ms);
    return false;
  },
  faults: (session, value) => {
    if (value && typeof value === 'object') session.setFaults(value as Record<string, unknown>);
    return false;
  },
};

/** Applies every known key of the body, in the order above; answers whether the homepage must reopen. */
export function applySettings(session: PreviewSession, body: Record<string, unknown>): boolean {
  let reenter = false;
  for (const [key, apply] of Object.entries(APPLY)) {
    if (body[key] !== undefined && apply(session, body[key])) reenter = true;
  }
  return reenter;
}
