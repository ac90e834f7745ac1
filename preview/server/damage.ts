/**
 * Damaged user properties, for the control panel's "Damage settings" and "Damage recent links": what a value
 * written in part, or edited by another version of the add-on, would leave. MeetLink must still open: the
 * Settings card says its settings "could not be read in full" and shows defaults; the homepage keeps the
 * readable recent links and skips the rest.
 */
import type { OfflineRuntime } from '../../offline/runtime';
import type { DamageTarget } from '../protocol';

/** The user properties src/settings.ts and src/history.ts keep. */
export const SETTINGS_KEY = 'meetlink.settings';
export const HISTORY_KEY = 'meetlink.history';

/** Entries no version of MeetLink writes: no object, wrong types, fields missing. */
const BAD_ENTRIES = [null, 'abc-mnop-xyz', { url: 42, code: ['abc-mnop-xyz'], at: 'yesterday' }, { code: 'abc-mnop-xyz' }];

export function damage(runtime: OfflineRuntime, target: DamageTarget): void {
  const properties = runtime.services.userProperties;
  if (target === 'settings') {
    // JSON cut in half does not parse: every setting falls back to its default.
    const saved = properties.getProperty(SETTINGS_KEY) ?? JSON.stringify({ template: 'Join the meeting: {link}', keepHistory: true });
    properties.setProperty(SETTINGS_KEY, saved.slice(0, Math.max(1, Math.floor(saved.length / 2))));
    return;
  }
  // The readable links stay first, so the homepage can still list them; malformed entries follow.
  const saved = parse(properties.getProperty(HISTORY_KEY));
  properties.setProperty(HISTORY_KEY, JSON.stringify([...(Array.isArray(saved) ? saved : []), ...BAD_ENTRIES]));
}

function parse(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A pinned link made a year ago ("Office hours"), put first among the saved links: its code may expire (Meet
 * codes expire 365 days after their last use), so the homepage marks it and offers "Fresh link, same label".
 */
export function addOldPinnedLink(runtime: OfflineRuntime): void {
  const properties = runtime.services.userProperties;
  const saved = parse(properties.getProperty(HISTORY_KEY));
  const entries = Array.isArray(saved) ? saved.filter((e) => e?.code !== 'old-offi-cex') : [];
  const old = {
    url: 'https://meet.google.com/old-offi-cex',
    code: 'old-offi-cex',
    at: runtime.clock.now() - 360 * 24 * 60 * 60 * 1000,
    label: 'Office hours',
    pinned: true,
  };
  properties.setProperty(HISTORY_KEY, JSON.stringify([old, ...entries]));
}
