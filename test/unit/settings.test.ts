import { DEFAULT_SETTINGS, DEFAULT_TEMPLATE, loadSettings, saveSettings, TEMPLATE_MAX, templateProblem, type Settings } from '../../src/settings';
import { memoryStore } from '../support/memory-store';

const KEY = 'meetlink.settings';

describe('loadSettings', () => {
  it('a person who never saved gets the defaults, and is not told anything is damaged', () => {
    expect(loadSettings(memoryStore())).toEqual({ settings: DEFAULT_SETTINGS, damaged: false });
  });

  it('reads back exactly what was saved', () => {
    const store = memoryStore();
    const mine: Settings = { template: 'Join: {link}', format: 'html', composeDefault: 'invitation', keepHistory: false, notifyGuests: true };
    saveSettings(store, mine);
    expect(loadSettings(store)).toEqual({ settings: mine, damaged: false });
  });

  it('a value that cannot be read falls back to its default alone, and says the settings were damaged', () => {
    const store = memoryStore({ [KEY]: JSON.stringify({ ...DEFAULT_SETTINGS, format: 'pdf', keepHistory: false }) });
    expect(loadSettings(store)).toEqual({ settings: { ...DEFAULT_SETTINGS, keepHistory: false }, damaged: true });
  });

  it('a saved template that could not be saved today (no {link}) is replaced by the default', () => {
    const store = memoryStore({ [KEY]: JSON.stringify({ ...DEFAULT_SETTINGS, template: 'Call me' }) });
    const { settings, damaged } = loadSettings(store);
    expect(settings.template).toBe(DEFAULT_TEMPLATE);
    expect(damaged).toBe(true);
  });

  it.each(['not json', '[1,2]', 'null', '"text"'])('a stored value that is not an object (%s) gives the defaults, marked damaged', (text) => {
    expect(loadSettings(memoryStore({ [KEY]: text }))).toEqual({ settings: DEFAULT_SETTINGS, damaged: true });
  });

  it('settings saved before a setting existed get its default without being called damaged', () => {
    const { notifyGuests: _, ...older } = { ...DEFAULT_SETTINGS, format: 'html' as const };
    expect(loadSettings(memoryStore({ [KEY]: JSON.stringify(older) }))).toEqual({
      settings: { ...DEFAULT_SETTINGS, format: 'html' },
      damaged: false,
    });
  });
});

describe('templateProblem', () => {
  it('accepts the default template and any template with {link}', () => {
    expect(templateProblem(DEFAULT_TEMPLATE)).toBeUndefined();
    expect(templateProblem('{link}')).toBeUndefined();
  });

  it.each([
    ['', { kind: 'empty' }],
    ['   \n ', { kind: 'empty' }],
    ['Join me: {code}', { kind: 'noLink' }],
    ['Join me: {link} {room}', { kind: 'unknownPlaceholder', name: 'room' }],
    ['Join me: {Link}', { kind: 'unknownPlaceholder', name: 'Link' }],
    ['Join me: {}', { kind: 'unknownPlaceholder', name: '' }],
  ])('%j: %j', (template, problem) => {
    expect(templateProblem(template)).toEqual(problem);
  });

  it(`refuses a template longer than ${TEMPLATE_MAX} characters, saying how long it is`, () => {
    const atLimit = `{link}${'x'.repeat(TEMPLATE_MAX - 6)}`;
    expect(templateProblem(atLimit)).toBeUndefined();
    expect(templateProblem(`${atLimit}x`)).toEqual({ kind: 'tooLong', length: TEMPLATE_MAX + 1 });
  });

  it('text in braces with spaces is prose, not a placeholder', () => {
    expect(templateProblem('Join {link} { see you }')).toBeUndefined();
  });
});
