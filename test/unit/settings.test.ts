import { DEFAULT_SETTINGS, loadSettings, needsDialIn, saveSettings, templateProblem } from '../../src/settings';
import type { KeyValueStore } from '../../src/storage/key-value-store';

const store = (initial: Record<string, string> = {}): KeyValueStore => {
  const map = new Map(Object.entries(initial));
  return { get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
};

describe('settings', () => {
  it('gives a person who never saved anything the defaults, undamaged', () => {
    expect(loadSettings(store())).toEqual({ settings: DEFAULT_SETTINGS, damaged: false });
  });

  it('keeps what was saved', () => {
    const s = store();
    saveSettings(s, { ...DEFAULT_SETTINGS, format: 'html', keepHistory: false });
    expect(loadSettings(s).settings).toMatchObject({ format: 'html', keepHistory: false });
  });

  it('falls back field by field from a damaged value, and says it was damaged', () => {
    const loaded = loadSettings(store({ 'meetlink.settings': JSON.stringify({ format: 'pdf', keepHistory: false }) }));
    expect(loaded.settings).toMatchObject({ format: 'text', keepHistory: false });
    expect(loaded.damaged).toBe(true);
    expect(loadSettings(store({ 'meetlink.settings': '{not json' })).damaged).toBe(true);
  });

  it('keeps meeting presets; settings saved before presets existed read as none, undamaged', () => {
    const s = store();
    saveSettings(s, { ...DEFAULT_SETTINGS, presets: ['record', 'attendance'] });
    expect(loadSettings(s)).toMatchObject({ settings: { presets: ['record', 'attendance'] }, damaged: false });
    const old = loadSettings(store({ 'meetlink.settings': JSON.stringify({ format: 'html', keepHistory: true }) }));
    expect(old).toMatchObject({ settings: { presets: [] }, damaged: false });
  });

  it('drops a preset it does not know, and says the value was damaged', () => {
    const loaded = loadSettings(store({ 'meetlink.settings': JSON.stringify({ presets: ['record', 'teleport', 7] }) }));
    expect(loaded.settings.presets).toEqual(['record']);
    expect(loaded.damaged).toBe(true);
  });

  it('names every unknown placeholder, once each', () => {
    expect(templateProblem('{link} on {date} at {time}, {date}')).toEqual({ kind: 'unknownPlaceholder', names: ['date', 'time'] });
  });

  it('refuses a template without {link}, and one past the limit', () => {
    expect(templateProblem('Join us: {code}')).toEqual({ kind: 'noLink' });
    expect(templateProblem(`{link}${'x'.repeat(1000)}`)?.kind).toBe('tooLong');
    expect(templateProblem('Join: {link}')).toBeUndefined();
  });

  it('knows when a template needs dial-in details, which only a Calendar-made link has', () => {
    expect(needsDialIn('Join: {link}\nPhone: {phone} PIN {pin}')).toBe(true);
    expect(needsDialIn('Join: {link} ({code}, {label})')).toBe(false);
  });
});
