import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAddOn } from '../support/harness';

const code = readFileSync(join(__dirname, '../../build/Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(__dirname, '../../build/appsscript.json'), 'utf8'));

/** Every `runFunction` the manifest names, wherever it stands. */
function manifestFunctions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(manifestFunctions);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => (key === 'runFunction' ? [String(value)] : manifestFunctions(value)));
  }
  return [];
}

describe('the bundle Apps Script runs', () => {
  it('has no import, export or require, which Apps Script cannot run', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('is the manifest from the source tree', () => {
    expect(manifest).toEqual(JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')));
  });

  it('declares every function the manifest names as a top-level function', () => {
    const names = [...new Set(manifestFunctions(manifest.addOns))];
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const { host } = openAddOn();
    for (const name of names) expect(typeof host.bundle[name]).toBe('function');
  });

  it('declares every function a card action names as a top-level function', () => {
    const { host, seed, me } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link').click('Create another').back();
    host.compose();
    host.universal('Settings');
    host.universal('Help');
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Remove Meet link');
    const names = host.actionFunctionsSeen();
    expect(names).toContain('onAction');
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });
});
