import type { AddOnEvent } from '../host/event-object';
import { readJson, type KeyValueStore } from '../storage/key-value-store';

/**
 * What Google's hosts sent on the last homepage and event-open: field NAMES and one flag, never values
 * (no ids, emails, titles or locales), so the self-check can print what the real hosts send beside what the
 * offline host sends. Kept in one user property, bounded in size, and cleared by the self-check.
 */
export const HOST_SHAPES_KEY = 'meetlink.hostShapes';
export type ShapeTrigger = 'homepage' | 'eventOpen';

export interface HostShape {
  hostApp: string;
  /** Top-level field names of the event object (commonEventObject, calendar, gmail, and legacy ones). */
  top: string[];
  /** Field names of commonEventObject (userLocale and timeZone among them, when sent). */
  common: string[];
  /** Field names of the calendar event object (event-open only). */
  calendar?: string[];
  /** capabilities.canSetConferenceData: its value, or 'absent'. */
  canSetConferenceData?: 'true' | 'false' | 'absent';
}

export type HostShapes = Partial<Record<ShapeTrigger, HostShape>>;

const MAX_NAMES = 30;
const MAX_NAME_LENGTH = 40;

function names(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value)
    .sort()
    .slice(0, MAX_NAMES)
    .map((name) => name.slice(0, MAX_NAME_LENGTH));
}

export function hostShapeOf(e: AddOnEvent | undefined, trigger: ShapeTrigger): HostShape {
  const common = e?.commonEventObject;
  const shape: HostShape = { hostApp: String(common?.hostApp ?? 'absent').slice(0, 20), top: names(e), common: names(common) };
  if (trigger === 'eventOpen') {
    const capabilities = e?.calendar?.capabilities as Record<string, unknown> | undefined;
    const can = capabilities?.canSetConferenceData;
    shape.calendar = names(e?.calendar);
    shape.canSetConferenceData = can === true ? 'true' : can === false ? 'false' : 'absent';
  }
  return shape;
}

export function readHostShapes(store: KeyValueStore): HostShapes {
  const shapes = readJson<unknown>(store, HOST_SHAPES_KEY, {});
  return shapes && typeof shapes === 'object' && !Array.isArray(shapes) ? (shapes as HostShapes) : {};
}

/**
 * Remembers the shape of this trigger's event object; writes only when it changed, and never throws: a
 * failure here must not cost the person their card.
 */
export function rememberHostShape(openStore: () => KeyValueStore, trigger: ShapeTrigger, e: AddOnEvent | undefined): void {
  try {
    const store = openStore();
    const shapes = readHostShapes(store);
    const shape = hostShapeOf(e, trigger);
    if (JSON.stringify(shapes[trigger]) === JSON.stringify(shape)) return;
    store.set(HOST_SHAPES_KEY, JSON.stringify({ ...shapes, [trigger]: shape }));
  } catch {
    // Best effort: the self-check then says nothing was recorded.
  }
}
