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
}

export const PLACEHOLDERS = ['link', 'code', 'phone', 'pin', 'morePhones', 'label'] as const;
/** The placeholders only a link made through Calendar fills (a Meet space has no dial-in). */
export const DIAL_IN_PLACEHOLDERS = ['phone', 'pin', 'morePhones'] as const;
export const TEMPLATE_MAX = 1000;

export const DEFAULT_TEMPLATE = [
  'Join with Google Meet: {link}',
  'Meeting code: {code}',
  'Join by phone: {phone} (PIN: {pin})',
  'More phone numbers: {morePhones}',
].join('\n');

export const DEFAULT_SETTINGS: Settings = {
  template: DEFAULT_TEMPLATE,
  format: 'text',
  composeDefault: 'link',
  keepHistory: true,
  notifyGuests: false,
};

const KEY = 'meetlink.settings';

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
  const text = store.get(KEY);
  if (text === null) return { settings: { ...DEFAULT_SETTINGS }, damaged: false };
  const raw = parseObject(text);
  const settings: Settings = {
    template: typeof raw?.template === 'string' && !templateProblem(raw.template) ? raw.template : DEFAULT_SETTINGS.template,
    format: raw?.format === 'html' || raw?.format === 'text' ? raw.format : DEFAULT_SETTINGS.format,
    composeDefault: raw?.composeDefault === 'invitation' || raw?.composeDefault === 'link' ? raw.composeDefault : DEFAULT_SETTINGS.composeDefault,
    keepHistory: typeof raw?.keepHistory === 'boolean' ? raw.keepHistory : DEFAULT_SETTINGS.keepHistory,
    notifyGuests: typeof raw?.notifyGuests === 'boolean' ? raw.notifyGuests : DEFAULT_SETTINGS.notifyGuests,
  };
  const damaged = !raw || (Object.keys(settings) as (keyof Settings)[]).some((k) => k in raw && raw[k] !== settings[k]);
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

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.set(KEY, JSON.stringify(settings));
}
