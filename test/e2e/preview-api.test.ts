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

test('"Replication lag": the new event answers 404 for 3 s; the delete is tried again, and what is left stays journaled', async () => {
  await post('/api/settings', { faults: { replicationLag: true } });
  expect(preview.session.runtime.replicationLag).toMatchObject({ enabled: true, lagMs: 3000 });
  const result = await pressLabel('Create Meet link');
  const deletes = result.log.filter((c) => c.api === 'calendar.events.delete').map((c) => c.status);
  expect(deletes[0]).toBe(404);
  const journal = preview.session.runtime.services.userProperties.getProperty('meetlink.temporaryEvents');
  if (deletes.at(-1) === 204) expect(journal).toBeNull();
  else expect(JSON.parse(journal ?? '[]')).toHaveLength(1);
  expect((await post('/api/settings', { faults: { replicationLag: false } })).faults.replicationLag).toBe(false);
  expect(preview.session.runtime.replicationLag.enabled).toBe(false);
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

test('each preview account has its own user properties, as each person has in Apps Script: recent links are not shared', async () => {
  // The links a homepage lists (the Workspace homepage's lookup field shows abc-mnop-xyz as an example).
  const meetCodes = (card: unknown) =>
    [...new Set(JSON.stringify(card).match(/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/g) ?? [])].filter((link) => !link.endsWith('abc-mnop-xyz'));
  await pressLabel('Create Meet link');
  const adas = meetCodes((await post('/api/homepage', { app: 'GMAIL' })).host.card);
  expect(adas).toHaveLength(1);

  const grace = await post('/api/settings', { account: 'workspace' });
  expect(meetCodes(grace.host.card)).toEqual([]);
  await post('/api/log/clear');
  await pressLabel('Create Meet link');
  // Grace's daily check for leftovers has run today too: her first link makes no list call.
  expect(preview.session.runtime.log.calls.map((c) => c.api)).not.toContain('calendar.events.list');
  const graces = meetCodes((await post('/api/homepage', { app: 'GMAIL' })).host.card);
  expect(graces).toHaveLength(1);
  expect(graces).not.toEqual(adas);

  const back = await post('/api/settings', { account: 'consumer' });
  expect(meetCodes(back.host.card)).toEqual(adas);
});

test('account and latency settings change the simulated Google; a bad latency is refused', async () => {
  const result = await post('/api/settings', { account: 'workspace', latencyMs: 120 });
  expect(result.account.kind).toBe('workspace');
  expect(result.latencyMs).toBe(120);
  expect(result.accounts.map((a) => a.kind)).toEqual(['consumer', 'workspace']);
  expect((await post('/api/settings', { latencyMs: -1 })).error).toMatch(/latencyMs/);
});

test('the Workspace edition is kept across account switches and plays Google by edition: Business Starter refuses co-hosts', async () => {
  expect((await post('/api/settings', {})).edition).toBe('enterprise');
  // Chosen while on the free account, it waits for the Workspace account; switching away and back keeps it.
  const chosen = await post('/api/settings', { edition: 'businessStarter' });
  expect(chosen.edition).toBe('businessStarter');
  expect(preview.session.runtime.settings.account.edition).toBeUndefined();
  await post('/api/settings', { account: 'workspace' });
  await post('/api/settings', { account: 'consumer' });
  expect((await post('/api/settings', { account: 'workspace' })).edition).toBe('businessStarter');
  expect(preview.session.runtime.settings.account).toMatchObject({ kind: 'workspace', edition: 'businessStarter' });
  const link = await pressLabel('Create Meet link');
  const added = await post('/api/click', {
    index: findIndex(link.host.card, 'Add co-hosts'),
    label: 'Add co-hosts',
    inputs: { cohosts: ['ben@example.com'] },
  });
  expect(added.notifications.at(-1)).toBe(
    'Not added: ben@example.com. This account’s Google Workspace edition or its admin does not allow co-hosts.',
  );
  // Yesterday's Design review, seeded with a recording: Business Starter lists none of what Google made.
  const review = added.calendar.events.find((e) => e.summary === 'Design review')!;
  const opened = await post('/api/event/open', { id: review.id });
  const after = await post('/api/click', { index: findIndex(opened.host.card, 'After the meeting'), label: 'After the meeting' });
  expect(JSON.stringify(after.host.card)).toContain('Google made no recording, transcript or Gemini notes for this meeting.');
  // Another edition applies at once, to the card opened again; an unknown one is refused.
  const standard = await post('/api/settings', { edition: 'businessStandard' });
  expect(standard.account.kind).toBe('workspace');
  expect(preview.session.runtime.settings.account.edition).toBe('businessStandard');
  expect((await post('/api/settings', { edition: 'frontline' as 'enterprise' })).error).toMatch(/edition must be one of/);
});

test('language and time zone reach the account and reopen the card; malformed values are refused', async () => {
  await post('/api/homepage', { app: 'CALENDAR' });
  const result = await post('/api/settings', { locale: 'pt-BR', timeZone: 'America/Sao_Paulo' });
  expect(result.account).toMatchObject({ locale: 'pt-BR', timeZone: 'America/Sao_Paulo' });
  expect(preview.session.host.calls.at(-1)).toBe(preview.session.runtime.manifest.addOns.calendar.homepageTrigger.runFunction);
  // The Calendar host lists events in the zone: the 10:00 UTC team sync is at 07:00 in São Paulo.
  expect(result.calendar.events.find((e) => e.summary === 'Weekly team sync')?.when).toMatch(/07:00–07:30$/);
  // Another account has its own zone; the person keeps their language.
  expect((await post('/api/settings', { account: 'workspace' })).account).toMatchObject({ locale: 'pt-BR', timeZone: 'America/New_York' });
  expect((await post('/api/settings', { locale: 'not a locale' })).error).toMatch(/locale/);
  expect((await post('/api/settings', { timeZone: 'Mars/Olympus_Mons' })).error).toMatch(/timeZone/);
});

test.each([
  ['meetQuota', '429 RESOURCE_EXHAUSTED'],
  ['meetError', '500 INTERNAL'],
])('Workspace with %s: spaces.create fails (%s) and the link is made through Calendar', async (fault, answer) => {
  await post('/api/settings', { account: 'workspace', faults: { [fault]: true } });
  const result = await pressLabel('Create Meet link');
  const calls = result.log.map((c) => `${c.api} ${c.status}${c.reason ? ` ${c.reason}` : ''}`);
  expect(calls).toEqual([`meet.spaces.create ${answer}`, 'calendar.events.insert 200', 'calendar.events.delete 204']);
  expect(JSON.stringify(result.host.card)).toMatch(/https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/);
  expect(result.thrown).toEqual([]);
});

test('someone joins and leaves the latest meeting MeetLink made; without one the page is told why', async () => {
  expect((await post('/api/settings', { conference: 'join' })).error).toMatch(/Workspace/);
  await post('/api/settings', { account: 'workspace' });
  expect((await post('/api/settings', { conference: 'join' })).error).toMatch(/Create Meet link/);
  await pressLabel('Create Meet link');
  const [space] = preview.session.runtime.meet.appSpaces();
  const joined = await post('/api/settings', { conference: 'join' });
  expect(joined.meeting).toEqual({ code: space!.meetingCode, active: true });
  expect(preview.session.runtime.meet.peek(space!.name)?.activeConference).toBeDefined();
  expect((await post('/api/settings', { conference: 'leave' })).meeting).toEqual({ code: space!.meetingCode, active: false });
  expect((await post('/api/settings', { conference: 'end' as 'join' })).error).toMatch(/join or leave/);
});

test("the Gmail inbox is the account's mailbox: opening a message runs the contextual trigger, and only the account's own messages open", async () => {
  const start = await post('/api/homepage', { app: 'GMAIL' });
  const sync = start.mail.messages.find((m) => m.subject === 'Sync next week?')!;
  expect(sync).toMatchObject({ from: 'Sam Okafor', unread: true });
  expect(sync.to).toContain('ada@gmail.com');

  const opened = await post('/api/message/open', { id: sync.id });
  expect(opened.host).toMatchObject({ context: 'message', message: sync.id });
  expect(opened.mail.messages.find((m) => m.id === sync.id)?.unread).toBe(false);
  expect(preview.session.host.sentEvents.at(-1)?.gmail).toMatchObject({ messageId: sync.id, accessToken: expect.any(String) });

  // Another account has its own inbox: Ada's message does not open there.
  const grace = await post('/api/settings', { account: 'workspace' });
  expect(grace.host.context).toBe('homepage');
  expect(grace.mail.messages.every((m) => m.to.includes('grace@example.com'))).toBe(true);
  const refused = await post('/api/message/open', { id: sync.id });
  expect(refused.error).toMatch(/No message/);
  expect((await post('/api/back')).host.context).toBe('homepage');
});

test('the reply a compose action opened belongs to the open message, and is gone once another message opens', async () => {
  const { mail } = await post('/api/homepage', { app: 'GMAIL' });
  const [first, second] = mail.messages;
  const opened = await post('/api/message/open', { id: first!.id });
  const linked = await post('/api/click', { index: findIndex(opened.host.card, 'Reply with Meet link'), label: 'Reply with Meet link' });
  expect(linked.host.reply).toBeUndefined();
  const replied = await post('/api/click', { index: findIndex(linked.host.card, 'Open reply draft'), label: 'Open reply draft' });
  expect(replied.host.reply?.subject).toBe(`Re: ${first!.subject}`);
  expect(replied.host.reply?.body).toMatch(/^Here is a Google Meet link for our call:\nhttps:\/\/meet\.google\.com\/[a-z-]+$/);
  const next = await post('/api/message/open', { id: second!.id });
  expect(next.host.reply).toBeUndefined();
});

test("yesterday's meeting: After the meeting on the Workspace account, and the recap fills the compose window's To and subject", async () => {
  const grace = await post('/api/settings', { account: 'workspace' });
  const review = grace.calendar.events.find((e) => e.summary === 'Design review')!;
  const opened = await post('/api/event/open', { id: review.id });
  const after = await post('/api/click', { index: findIndex(opened.host.card, 'After the meeting'), label: 'After the meeting' });
  const shown = JSON.stringify(after.host.card);
  for (const words of ['Who joined (5)', 'Ada Lovelace', 'late', 'left early', '(by phone)', 'Dev Patel', 'Gemini notes'])
    expect(shown).toContain(words);
  const compose = await post('/api/compose', { draft: { body: '', cursor: 0 } });
  const list = await post('/api/click', { index: findIndex(compose.host.card, 'Recap a recent meeting'), label: 'Recap a recent meeting' });
  const recap = await post('/api/click', { index: findIndex(list.host.card, 'Recap'), label: 'Recap' });
  expect(recap.host.draft).toMatchObject({
    subject: 'Recap: Design review',
    to: expect.arrayContaining(['ada.lovelace@example.com', 'dev.patel@example.com']),
  });
  expect(recap.host.draft.body).toContain('Joined (5): Grace Hopper');
});

describe('what the preview accepts as a request', () => {
  async function raw(body: string, contentType: string): Promise<{ status: number; error?: string }> {
    const response = await fetch(`${preview.url}api/homepage`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
    return { status: response.status, error: ((await response.json()) as { error?: string }).error };
  }

  test.each(['null', '[]', '[{"app":"GMAIL"}]', '42', '"GMAIL"', 'true'])('a JSON body that is not an object (%s) gets 400', async (body) => {
    expect(await raw(body, 'application/json')).toEqual({ status: 400, error: 'Request body must be a JSON object' });
  });

  test.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])('%s is JSON', async (type) => {
    expect((await raw('{"app":"GMAIL"}', type)).status).toBe(200);
  });

  test.each(['application/jsonx', 'application/json-patch+json', 'text/plain', 'application/json; charset=latin1', ''])(
    '"%s" is refused with 415',
    async (type) => {
      expect((await raw('{"app":"GMAIL"}', type)).status).toBe(415);
    },
  );
});
