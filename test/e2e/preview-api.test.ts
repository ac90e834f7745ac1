/**
 * The preview's JSON API without a browser: the control panel's settings and fault switches reach the
 * offline runtime, and the one-shot rate limit turns itself off once Google has answered with it.
 */
import { startPreview, type Preview } from '../../preview/server';
import type { ActionResult } from '../../preview/protocol';

jest.setTimeout(60_000);

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ port: 0, build: false, watch: false, latencyMs: 0, maxDelayMs: 0, log: () => undefined });
});
afterAll(() => preview?.close());
beforeEach(() => preview.session.reset());

async function post(path: string, body: unknown = {}): Promise<ActionResult & { error?: string }> {
  const response = await fetch(`${preview.url}${path.slice(1)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

async function pressLabel(label: string): Promise<ActionResult> {
  const state = await post('/api/homepage', { app: 'GMAIL' });
  return post('/api/click', { index: findIndex(state.host.card, label), label });
}

/** The index the server tagged the clickable with this label with (onClick.__i). */
function findIndex(card: unknown, label: string): number {
  let found = -1;
  JSON.stringify(card, (_key, value) => {
    if (value && typeof value === 'object' && value.__label === label) found = value.__i;
    return value;
  });
  return found;
}

test('"Rate limit, once": Google answers 403 once, the add-on retries, and the switch turns itself off', async () => {
  const armed = await post('/api/settings', { faults: { rateLimit: true } });
  expect(armed.faults.rateLimit).toBe(true);
  const result = await pressLabel('Create Meet link');
  expect(result.log.map((c) => `${c.api} ${c.status}`)).toEqual(expect.arrayContaining(['calendar.events.insert 403', 'calendar.events.insert 200']));
  expect(result.faults.rateLimit).toBe(false);
  expect(result.rules).toEqual([]);
});

test('every fault switch turns on and off through /api/settings, and other switches stay as they were', async () => {
  const keys = Object.keys((await post('/api/settings', {})).faults);
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) {
    expect((await post('/api/settings', { faults: { [key]: true } })).faults[key as 'rateLimit']).toBe(true);
  }
  const off = await post('/api/settings', { faults: { backendError: false } });
  expect(off.faults.backendError).toBe(false);
  expect(off.faults.deleteFailure).toBe(true);
  expect(preview.session.runtime.calendar.options.silentPatch).toBe(true);
});

test('account and latency settings change the simulated Google; a bad latency is refused', async () => {
  const result = await post('/api/settings', { account: 'workspace', latencyMs: 120 });
  expect(result.account.kind).toBe('workspace');
  expect(result.latencyMs).toBe(120);
  expect(result.accounts.map((a) => a.kind)).toEqual(['consumer', 'workspace']);
  expect((await post('/api/settings', { latencyMs: -1 })).error).toMatch(/latencyMs/);
});
