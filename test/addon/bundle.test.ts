import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SELF_CHECK_BUILD_DIR } from '../../scripts/build';
import { STUDIO_STEPS, workflowElement } from '../../src/host/studio-steps';
import { openAddOn } from '../support/harness';

/** The production build: what `npm run build` makes and the published deployment runs. */
const code = readFileSync(join(__dirname, '../../build/Code.js'), 'utf8');
/** The dev build (`npm run build -- --self-check`), for the dev deployment only. */
const devCode = readFileSync(join(SELF_CHECK_BUILD_DIR, 'Code.js'), 'utf8');
const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(__dirname, '../../build/appsscript.json'), 'utf8'));

/**
 * Every function the manifest names (`runFunction`, a contextual trigger's `onTriggerFunction`, a Studio step's
 * `onConfigFunction` and `onExecuteFunction`), wherever it stands.
 */
const FUNCTION_KEYS = ['runFunction', 'onTriggerFunction', 'onConfigFunction', 'onExecuteFunction'];
function manifestFunctions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(manifestFunctions);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => (FUNCTION_KEYS.includes(key) ? [String(value)] : manifestFunctions(value)));
  }
  return [];
}

/** Functions for the deployer to run from the Apps Script editor, in the dev build only: no manifest entry, no trigger, no card names them. */
const DEPLOYER_FUNCTIONS = ['selfCheck'];

/** Every top-level function of a bundle. */
const topLevelFunctions = (bundle = code) => [...bundle.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

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
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toContain('onGmailMessageOpen');
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const { host } = openAddOn();
    for (const name of names) expect(typeof host.bundle[name]).toBe('function');
  });

  it('declares the Workspace Studio steps exactly as the table the add-on runs them by, each with its own two functions', () => {
    expect(manifest.addOns.flows.workflowElements).toEqual(Object.values(STUDIO_STEPS).map(workflowElement));
    const { host } = openAddOn();
    for (const step of Object.values(STUDIO_STEPS)) {
      for (const name of [step.onConfigFunction, step.onExecuteFunction]) expect(typeof host.bundle[name]).toBe('function');
    }
  });

  it('declares every function a card action names as a top-level function', () => {
    const { host, seed, me } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link').click('Create another').back();
    host.compose();
    const message = host.runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Meet?' });
    host.openMessage(message.id).click('Reply with Meet link');
    host.universal('Settings');
    host.universal('Help');
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Remove Meet link');
    const names = host.actionFunctionsSeen();
    expect(names).toContain('onAction');
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('has no top-level function but what the manifest or a card names: no selfCheck a user could run', () => {
    const { host, seed, me } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link');
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    const called = new Set([...manifestFunctions(manifest.addOns), ...host.actionFunctionsSeen()]);
    expect(topLevelFunctions().filter((name) => !called.has(name))).toEqual([]);
    for (const name of DEPLOYER_FUNCTIONS) expect(code).not.toContain(name);
  });

  it('has as many top-level functions as the README says the global surface has', () => {
    const stated = /the global surface is (\w+) functions/.exec(readme)?.[1];
    expect(stated).toBeDefined();
    expect(NUMBERS.indexOf(stated!)).toBe(topLevelFunctions().length);
  });

  it('the dev build is the same add-on plus the deployer functions, which no manifest entry names', () => {
    expect(topLevelFunctions(devCode)).toEqual([...topLevelFunctions(), ...DEPLOYER_FUNCTIONS].sort());
    expect(devCode).toMatch(/^\/\/ MeetLink .*DEV build/);
    expect(code).toMatch(/^\/\/ MeetLink .*production build/);
    const named = JSON.stringify(manifest);
    for (const name of DEPLOYER_FUNCTIONS) expect(named).not.toContain(`"${name}"`);
  });
});
