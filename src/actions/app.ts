import { meetEngine, type MeetEngine } from '../meet/engine';
import { meetContext, userEmail, userStore } from '../platform';
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
  let engine: MeetEngine | undefined;
  let email: string | undefined;
  return {
    store: userStore(),
    engine: () => (engine ??= meetEngine(meetContext())),
    email: () => (email ??= userEmail()),
    now: () => Date.now(),
    formatWhen: (ms, timeZone) => Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm'),
  };
}
