import { t } from './i18n/locale';
import type { KeyValueStore } from './storage/key-value-store';

/** The person's MeetLink settings, kept in their own user properties. */
export interface Settings {
  /** The invitation text, with {link}, {code}, {phone}, {pin}, {morePhones} and {label} placeholders. */
  template: string;
  /** `text`: plain text; `html`: rich text, the small set of tags richLine in src/invitation.ts allows (the stored name is kept). */
  format: 'text' | 'html';
  /** What the compose card offers first. */
  composeDefault: 'link' | 'invitation';
  keepHistory: boolean;
  /** Email guests when MeetLink changes an event's conference. */
  notifyGuests: boolean;
  /** Meeting presets for Workspace links (Meet REST artifactConfig and attendance report): the ones switched on. */
  presets: Preset[];
}

/** Record, transcribe, take notes (Gemini) automatically; email an attendance report. Workspace links only. */
export const PRESETS = ['record', 'transcribe', 'notes', 'attendance'] as const;
export type Preset = (typeof PRESETS)[number];

export const PLACEHOLDERS = ['link', 'code', 'phone', 'pin', 'morePhones', 'label'] as const;
/** The placeholders only a link made through Calendar fills (a Meet space has no dial-in). */
export const DIAL_IN_PLACEHOLDERS = ['phone', 'pin', 'morePhones'] as const;
export const TEMPLATE_MAX = 1000;

/** The invitation template of a person who has not written their own, in their language (the catalogue's `defaultTemplate`). */
export function defaultTemplate(): string {
  return t().defaultTemplate();
}

/** The defaults; `template` is read from the active catalogue each time, so it follows the person's language. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  get template() {
    return defaultTemplate();
  },
  format: 'text',
  composeDefault: 'link',
  keepHistory: true,
  notifyGuests: false,
  presets: [],
});

/** User property: the person's settings (only what differs from the defaults' template). */
export const SETTINGS_KEY = 'meetlink.settings';

export type TemplateProblem =
  | { kind: 'empty' }
  | { kind: 'noLink' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'unknownPlaceholder'; names: string[] };

/** What is wrong with a template, or undefined when it can be saved. */
export function templateProblem(template: string): TemplateProblem | undefined {
  if (!template.trim()) return { kind: 'empty' };
  if (template.length > TEMPLATE_MAX) return { kind: 'tooLong', length: template.length };
  const unknown = [...template.matchAll(/\{([^{}\s]*)\}/g)].map((m) => m[1]).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) return { kind: 'unknownPlaceholder', names: [...new Set(unknown)] };
  if (!template.includes('{link}')) return { kind: 'noLink' };
  return undefined;
}

/**
 * Reads the saved settings. A value that is missing or malformed falls back to its default, and
 * `damaged` says so, so the settings card can tell the person instead of failing.
 */
export function loadSettings(store: KeyValueStore): { settings: Settings; damaged: boolean } {
  const text = store.get(SETTINGS_KEY);
  if (text === null) return { settings: { ...DEFAULT_SETTINGS }, damaged: false };
  return parseSettings(text);
}

/** Settings as JSON text (stored, or carried by a card), each value checked as loadSettings does. */
export function parseSettings(text: string): { settings: Settings; damaged: boolean } {
  const raw = parseObject(text);
  const settings: Settings = {
    template: typeof raw?.template === 'string' && !templateProblem(raw.template) ? raw.template : DEFAULT_SETTINGS.template,
    format: raw?.format === 'html' || raw?.format === 'text' ? raw.format : DEFAULT_SETTINGS.format,
    composeDefault: raw?.composeDefault === 'invitation' || raw?.composeDefault === 'link' ? raw.composeDefault : DEFAULT_SETTINGS.composeDefault,
    keepHistory: typeof raw?.keepHistory === 'boolean' ? raw.keepHistory : DEFAULT_SETTINGS.keepHistory,
    notifyGuests: typeof raw?.notifyGuests === 'boolean' ? raw.notifyGuests : DEFAULT_SETTINGS.notifyGuests,
    presets: Array.isArray(raw?.presets) ? PRESETS.filter((p) => (raw.presets as unknown[]).includes(p)) : [...DEFAULT_SETTINGS.presets],
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const damaged = !raw || (Object.keys(settings) as (keyof Settings)[]).some((k) => k in raw && !same(raw[k], settings[k]));
  return { settings, damaged };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the template asks for a dial-in number, PIN or more numbers: then the link must come from Calendar. */
export function needsDialIn(template: string): boolean {
  return DIAL_IN_PLACEHOLDERS.some((name) => template.includes(`{${name}}`));
}

/** The default template is not stored, so a person who never changed it gets it in the language of each visit. */
export function saveSettings(store: KeyValueStore, settings: Settings): void {
  const { template, ...rest } = settings;
  store.set(SETTINGS_KEY, JSON.stringify(template === defaultTemplate() ? rest : settings));
}
