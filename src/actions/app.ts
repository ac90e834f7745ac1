import { meetEngine, type MeetEngine } from '../meet/engine';
import { meetContext, once, userEmail, userStore } from '../platform';
import type { KeyValueStore } from '../storage/key-value-store';

/** What one add-on call works with. Built per call; the engine and the email are read only when needed. */
export interface App {
  store: KeyValueStore;
  engine(): MeetEngine;
  email(): string;
  now(): number;
  formatWhen(ms: number, timeZone: string): string;
}

export function appsScriptApp(): App {
  // One read of the email per call, shared by the cards and the engine, and only when something needs it.
  const email = once(() => userEmail());
  return {
    store: userStore(),
    engine: once(() => meetEngine(meetContext(undefined, email))),
    email,
    now: () => Date.now(),
    formatWhen: (ms, timeZone) => Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm'),
  };
}
