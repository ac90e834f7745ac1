/**
 * The page's state in one place: what the server last answered, and what exists only in the page (the
 * compose window, the menu, expanded sections…). Modules change it with update(); the page redraws on every
 * update (app.ts subscribes). `busy` has its own, lighter signal: it only shows or hides the progress bar.
 */
import type { ActionResult, Draft, PreviewState } from '../protocol';
import { devtoolsAtStart } from './mode';

export type Result = PreviewState & Partial<ActionResult>;

export interface Ui {
  state: Result | null;
  busy: boolean;
  composeOpen: boolean;
  compose: Draft & { to: string; subject: string };
  /** The reply draft the person closed (by id): Gmail's reply box shows the newest one until then. */
  closedReply: string;
  newEvent: null | { summary: string };
  /** Collapsible sections the person opened, on the card shown. */
  expanded: Set<string>;
  menuOpen: boolean;
  devtools: boolean;
  /** A problem of the preview, shown above the card. */
  banner: string;
  /** The Studio panel: the step picked and the inputs filled in, kept across redraws. */
  studio: { step: string; values: Record<string, string | boolean> };
}

export const ui: Ui = {
  state: null,
  busy: false,
  composeOpen: false,
  compose: { to: 'team@example.com', subject: 'Catch-up', body: '', cursor: 0 },
  closedReply: '',
  newEvent: null,
  expanded: new Set<string>(),
  menuOpen: false,
  devtools: devtoolsAtStart,
  banner: '',
  studio: { step: '', values: {} },
};

export type Change = 'state' | 'busy';
const listeners = new Set<(change: Change) => void>();

export function subscribe(listener: (change: Change) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const emit = (change: Change) => {
  for (const listener of listeners) listener(change);
};

/** Changes the state (if given a change) and redraws. */
export function update(change?: (ui: Ui) => void): void {
  change?.(ui);
  emit('state');
}

export function setBusy(busy: boolean): void {
  ui.busy = busy;
  emit('busy');
}
