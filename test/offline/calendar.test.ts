import type { calendar_v3 } from '@googleapis/calendar';
import { seededRandom } from '../../offline/random';
import type { ApiEnv } from '../../offline/api-env';
import { createAdvancedCalendar } from '../../offline/calendar/advanced-service';
import { invitationEmails, readAs } from '../../offline/calendar/invitation-email';
import { CalendarModel, NotModelled, type CalendarModelOptions } from '../../offline/calendar/model';
import { calendarRestRoute } from '../../offline/calendar/rest';
import { CallLog } from '../../offline/call-log';
import { VirtualClock, fixedLatency } from '../../offline/clock';
import { Faults } from '../../offline/faults';
import { GoogleJsonResponseException } from '../../offline/google-errors';
import type { Account } from '../../offline/services';
import { thrown } from '../support/failure';
import { readManifest } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { allowNotModelled } from '../support/harness';

type Event = calendar_v3.Schema$Event;

const ADA: Account = { email: 'ada@gmail.com', kind: 'consumer', timeZone: 'Europe/London', locale: 'en' };
const START = { dateTime: '2026-11-23T10:00:00Z' };
const END = { dateTime: '2026-11-23T10:30:00Z' };
const BASE = 'https://www.googleapis.com/calendar/v3';

function setup(options: Partial<CalendarModelOptions> = {}, extraScopes: string[] = []) {
  const env: ApiEnv = {
    clock: new VirtualClock(),
    log: new CallLog(),
    faults: new Faults(),
    latency: fixedLatency(0),
    account: () => ADA,
    random: seededRandom(42),
    scopes: () => [...(readManifest().oauthScopes ?? []), ...extraScopes],
  };
  const model = new CalendarModel(env, options);
  const world = { dropsNulls: false };
  const Calendar = createAdvancedCalendar(model, { dropsNulls: () => world.dropsNulls });
  const route = calendarRestRoute(model);
  /** One HTTP request through the REST route, as UrlFetchApp would hand it over. */
  const http = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const result = route({
      url: `${BASE}${path}`,
      method,
      headers: { authorization: 'Bearer offline-oauth-token', 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    if (!result) throw new Error('route did not answer');
    return { status: result.status, json: result.body ? JSON.parse(result.body) : undefined };
  };
  return { env, model, world, Calendar, route, http };
}

const meetRequest = (requestId: string) => ({ createRequest: { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' } } });
const newEvent = (extra: Event = {}): Event => ({ summary: 'Meet', start: START, end: END, ...extra });

/** The error an Advanced-service call throws. */
const advancedError = (call: () => unknown) => thrown(call, GoogleJsonResponseException);

describe('conferenceDataVersion 0: conference data is ignored with 200 (the silent trap)', () => {
  test('Advanced insert without conferenceDataVersion makes an event with no conference', () => {
    const { Calendar, model } = setup();
    const event = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('r1') }), 'primary', { sendUpdates: 'none' });
    expect(event.id).toMatch(/^[a-v0-9]{26}$/);
    expect(event.conferenceData).toBeUndefined();
    expect(event.hangoutLink).toBeUndefined();
    expect(model.events('primary')).toHaveLength(1);
  });

  test('REST patch of conferenceData:null at version 0 answers 200 and keeps the link', () => {
    const { http, model } = setup();
    const seeded = model.seedEvent('primary', newEvent(), { withMeet: true });
    const res = http('PATCH', `/calendars/primary/events/${seeded.id}`, { conferenceData: null });
    expect(res.status).toBe(200);
    expect(res.json.hangoutLink).toBe(seeded.hangoutLink);
    expect(model.peek('primary', seeded.id!)!.conferenceData).toEqual(seeded.conferenceData);
  });

  test('a conferenceDataVersion other than 0 or 1 is refused with 400', () => {
    const { Calendar } = setup();
    const error = advancedError(() => Calendar.Events.insert(newEvent(), 'primary', { conferenceDataVersion: 2 }));
    expect(error.details.code).toBe(400);
  });
});

describe('createRequest with conferenceDataVersion 1', () => {
  test('success at once: a Meet code, entry points and the derived hangoutLink', () => {
    const { Calendar } = setup();
    const event = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('r1') }), 'primary', { conferenceDataVersion: 1 });
    const conference = event.conferenceData!;
    expect(conference.createRequest!.status!.statusCode).toBe('success');
    expect(conference.conferenceId).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(conference.conferenceSolution).toMatchObject({ key: { type: 'hangoutsMeet' }, name: 'Google Meet' });
    const code = conference.conferenceId;
    const [video, phone, more] = conference.entryPoints!;
    expect(video).toEqual({ entryPointType: 'video', uri: `https://meet.google.com/${code}`, label: `meet.google.com/${code}` });
    expect(phone).toMatchObject({ entryPointType: 'phone', regionCode: 'US' });
    expect(phone!.uri).toMatch(/^tel:\+1-\d{3}-\d{3}-\d{4}$/);
    expect(phone!.label).toMatch(/^\+1 \d{3}-\d{3}-\d{4}$/);
    expect(phone!.pin).toMatch(/^\d{9}$/);
    expect(more).toEqual({ entryPointType: 'more', uri: `https://tel.meet/${code}?pin=${phone!.pin}`, pin: phone!.pin });
    expect(event.hangoutLink).toBe(video!.uri);
  });

  test('pending turns success after the configured number of reads', () => {
    const { Calendar } = setup({ pendingReads: 2 });
    const inserted = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('r1') }), 'primary', { conferenceDataVersion: 1 });
    expect(inserted.conferenceData!.createRequest!.status!.statusCode).toBe('pending');
    expect(inserted.conferenceData!.entryPoints).toBeUndefined();
    expect(inserted.hangoutLink).toBeUndefined();
    const statusOf = (e: Event) => e.conferenceData!.createRequest!.status!.statusCode;
    expect(statusOf(Calendar.Events.get('primary', inserted.id!))).toBe('pending');
    expect(statusOf(Calendar.Events.list('primary').items![0]!)).toBe('pending');
    const settled = Calendar.Events.get('primary', inserted.id!);
    expect(statusOf(settled)).toBe('success');
    expect(settled.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
  });

  test('conferenceFailure ends in status failure, without entry points or link', () => {
    const { http } = setup({ conferenceFailure: true });
    const res = http('POST', '/calendars/primary/events?conferenceDataVersion=1', newEvent({ conferenceData: meetRequest('r1') }));
    expect(res.status).toBe(200);
    expect(res.json.conferenceData).toEqual({
      createRequest: { requestId: 'r1', conferenceSolutionKey: { type: 'hangoutsMeet' }, status: { statusCode: 'failure' } },
    });
    expect(res.json.hangoutLink).toBeUndefined();
  });

  test('a requestId already used on the calendar is ignored', () => {
    const { Calendar } = setup();
    const first = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('same') }), 'primary', { conferenceDataVersion: 1 });
    const second = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('same') }), 'primary', { conferenceDataVersion: 1 });
    expect(second.conferenceData).toBeUndefined();
    const again = Calendar.Events.patch({ conferenceData: meetRequest('same') }, 'primary', first.id!, { conferenceDataVersion: 1 });
    expect(again.hangoutLink).toBe(first.hangoutLink);
  });

  test('a new createRequest on patch replaces the conference with a new code', () => {
    const { Calendar } = setup();
    const first = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('a') }), 'primary', { conferenceDataVersion: 1 });
    const replaced = Calendar.Events.patch({ conferenceData: meetRequest('b') }, 'primary', first.id!, { conferenceDataVersion: 1 });
    expect(replaced.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(replaced.hangoutLink).not.toBe(first.hangoutLink);
  });

  test('patching other fields leaves the conference alone', () => {
    const { Calendar } = setup();
    const first = Calendar.Events.insert(newEvent({ conferenceData: meetRequest('a') }), 'primary', { conferenceDataVersion: 1 });
    const renamed = Calendar.Events.patch({ summary: 'Renamed' }, 'primary', first.id!, { conferenceDataVersion: 1 });
    expect(renamed.summary).toBe('Renamed');
    expect(renamed.conferenceData).toEqual(first.conferenceData);
  });

  test('a calendar that does not allow Meet answers 400 "Invalid conference type value."', () => {
    const { Calendar, http, model } = setup({}, [SCOPE.calendarsReadonly]);
    model.addCalendar('primary', { allowedConferenceSolutionTypes: [] });
    expect(Calendar.Calendars.get('primary').conferenceProperties).toEqual({ allowedConferenceSolutionTypes: [] });
    const error = advancedError(() =>
      Calendar.Events.insert(newEvent({ conferenceData: meetRequest('r1') }), 'primary', { conferenceDataVersion: 1 }),
    );
    expect(error.details).toMatchObject({ code: 400, message: 'Invalid conference type value.' });
    expect(error.message).toBe('API call to calendar.events.insert failed with error: Invalid conference type value.');
    const res = http('POST', '/calendars/primary/events?conferenceDataVersion=1', newEvent({ conferenceData: meetRequest('r2') }));
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe('Invalid conference type value.');
    expect(model.events('primary')).toHaveLength(0);
  });

  test('an unknown or deprecated solution type answers the same 400', () => {
    const { Calendar } = setup();
    const body = newEvent({ conferenceData: { createRequest: { requestId: 'r', conferenceSolutionKey: { type: 'eventHangout' } } } });
    expect(advancedError(() => Calendar.Events.insert(body, 'primary', { conferenceDataVersion: 1 })).details.code).toBe(400);
  });
});

describe('clearing a conference: conferenceData null with version 1', () => {
  test('over REST the null arrives and clears the conference and hangoutLink', () => {
    const { http, model } = setup();
    const seeded = model.seedEvent('primary', newEvent(), { withMeet: true });
    const res = http('PATCH', `/calendars/primary/events/${seeded.id}?conferenceDataVersion=1&sendUpdates=none`, { conferenceData: null });
    expect(res.status).toBe(200);
    expect(res.json.conferenceData).toBeUndefined();
    expect(res.json.hangoutLink).toBeUndefined();
    expect(model.peek('primary', seeded.id!)!.hangoutLink).toBeUndefined();
  });

  test('through an Advanced service that keeps nulls, it clears', () => {
    const { Calendar, model, world } = setup();
    world.dropsNulls = false;
    const seeded = model.seedEvent('primary', newEvent(), { withMeet: true });
    const cleared = Calendar.Events.patch({ conferenceData: null } as unknown as Event, 'primary', seeded.id!, { conferenceDataVersion: 1 });
    expect(cleared.hangoutLink).toBeUndefined();
  });

  test('through an Advanced service that drops nulls, nothing changes (and Google still says 200)', () => {
    const { Calendar, model, world, env } = setup();
    world.dropsNulls = true;
    const seeded = model.seedEvent('primary', newEvent(), { withMeet: true });
    const answer = Calendar.Events.patch({ conferenceData: null } as unknown as Event, 'primary', seeded.id!, { conferenceDataVersion: 1 });
    expect(answer.hangoutLink).toBe(seeded.hangoutLink);
    expect(env.log.calls.at(-1)).toMatchObject({ api: 'calendar.events.patch', status: 200 });
  });
});

describe('hangoutLink is read-only', () => {
  test('a hangoutLink in a request body is ignored on insert and patch', () => {
    const { Calendar } = setup();
    const inserted = Calendar.Events.insert(newEvent({ hangoutLink: 'https://meet.google.com/aaa-bbbb-ccc' }), 'primary', {
      conferenceDataVersion: 1,
    });
    expect(inserted.hangoutLink).toBeUndefined();
    const patched = Calendar.Events.patch({ hangoutLink: 'https://meet.google.com/aaa-bbbb-ccc' }, 'primary', inserted.id!, {
      conferenceDataVersion: 1,
    });
    expect(patched.hangoutLink).toBeUndefined();
  });

  test('a third-party (Zoom) conference gives no hangoutLink, and a createRequest replaces it with Meet', () => {
    const { Calendar, model } = setup();
    const zoom = model.seedEvent('primary', newEvent(), { thirdParty: 'zoom' });
    expect(zoom.conferenceData!.conferenceSolution!.key!.type).toBe('addOn');
    expect(zoom.hangoutLink).toBeUndefined();
    const meet = Calendar.Events.patch({ conferenceData: meetRequest('r1') }, 'primary', zoom.id!, { conferenceDataVersion: 1 });
    expect(meet.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});

describe('only the organizer may change shared properties', () => {
  test('an invitation copy refuses conference and summary changes with 403 forbiddenForNonOrganizer', () => {
    const { Calendar, http, model } = setup();
    const copy = model.seedEvent('primary', { ...newEvent(), organizerEmail: 'grace@example.com' });
    expect(copy.organizer).toEqual({ email: 'grace@example.com' });
    const error = advancedError(() =>
      Calendar.Events.patch({ conferenceData: meetRequest('r1') }, 'primary', copy.id!, { conferenceDataVersion: 1 }),
    );
    expect(error.details.code).toBe(403);
    expect(error.details.errors[0]!.reason).toBe('forbiddenForNonOrganizer');
    const res = http('PATCH', `/calendars/primary/events/${copy.id}`, { summary: 'Mine now' });
    expect(res.status).toBe(403);
    expect(res.json.error.errors[0].reason).toBe('forbiddenForNonOrganizer');
    expect(model.peek('primary', copy.id!)!.summary).toBe('Meet');
  });

  test('the attendee may still change their own reminders and private properties', () => {
    const { Calendar, model } = setup();
    const copy = model.seedEvent('primary', { ...newEvent(), organizerEmail: 'grace@example.com' });
    const patched = Calendar.Events.patch(
      { reminders: { useDefault: false, overrides: [] }, extendedProperties: { private: { mine: '1' } } },
      'primary',
      copy.id!,
    );
    expect(patched.reminders).toEqual({ useDefault: false, overrides: [] });
    expect(patched.extendedProperties).toEqual({ private: { mine: '1' } });
  });

  test('silentPatch: 200 with the event unchanged', () => {
    const { Calendar, model } = setup({ silentPatch: true });
    const seeded = model.seedEvent('primary', newEvent(), { withMeet: true });
    const answer = Calendar.Events.patch({ conferenceData: null, summary: 'New' } as unknown as Event, 'primary', seeded.id!, {
      conferenceDataVersion: 1,
    });
    expect(answer.summary).toBe('Meet');
    expect(answer.hangoutLink).toBe(seeded.hangoutLink);
  });
});

describe('event ids', () => {
  test('a client id must be base32hex, 5 to 1024 characters', () => {
    const { Calendar } = setup();
    for (const bad of ['abcd', 'meetlink-123', 'MEETLINK123', 'wxyz12345', 'a'.repeat(1025)]) {
      const error = advancedError(() => Calendar.Events.insert(newEvent({ id: bad }), 'primary'));
      expect(error.details).toMatchObject({ code: 400, message: 'Invalid resource id value.' });
    }
    expect(Calendar.Events.insert(newEvent({ id: 'meetlinkab12' }), 'primary').id).toBe('meetlinkab12');
  });

  test('a reused id answers 409 duplicate, even when the event was deleted', () => {
    const { Calendar, http } = setup();
    Calendar.Events.insert(newEvent({ id: 'meetlinkab12' }), 'primary');
    expect(advancedError(() => Calendar.Events.insert(newEvent({ id: 'meetlinkab12' }), 'primary')).details.code).toBe(409);
    Calendar.Events.remove('primary', 'meetlinkab12');
    const res = http('POST', '/calendars/primary/events', newEvent({ id: 'meetlinkab12' }));
    expect(res.status).toBe(409);
    expect(res.json.error.errors[0].reason).toBe('duplicate');
  });
});

describe('deleting', () => {
  test('delete answers 204, then 410 deleted; get still answers the event as cancelled', () => {
    const { http, model } = setup();
    const seeded = model.seedEvent('primary', newEvent(), { withMeet: true });
    expect(http('DELETE', `/calendars/primary/events/${seeded.id}?sendUpdates=none`)).toEqual({ status: 204, json: undefined });
    const again = http('DELETE', `/calendars/primary/events/${seeded.id}`);
    expect(again.status).toBe(410);
    expect(again.json.error.errors[0].reason).toBe('deleted');
    const got = http('GET', `/calendars/primary/events/${seeded.id}`);
    expect(got.status).toBe(200);
    expect(got.json.status).toBe('cancelled');
    expect(model.events('primary')).toHaveLength(0);
  });

  test('through the Advanced service: remove returns nothing, then throws 410; unknown ids 404', () => {
    const { Calendar, model } = setup();
    const seeded = model.seedEvent('primary', newEvent());
    expect(Calendar.Events.remove('primary', seeded.id!)).toBeUndefined();
    const error = advancedError(() => Calendar.Events.remove('primary', seeded.id!));
    expect(error.details.code).toBe(410);
    expect(error.message).toBe('API call to calendar.events.delete failed with error: Resource has been deleted');
    expect(Calendar.Events.get('primary', seeded.id!).status).toBe('cancelled');
    expect(advancedError(() => Calendar.Events.get('primary', 'unknown123')).details.code).toBe(404);
    expect(advancedError(() => Calendar.Events.remove('primary', 'unknown123')).details.code).toBe(404);
  });

  test('patching a deleted event answers 410', () => {
    const { Calendar, model } = setup();
    const seeded = model.seedEvent('primary', newEvent());
    Calendar.Events.remove('primary', seeded.id!);
    expect(advancedError(() => Calendar.Events.patch({ summary: 'x' }, 'primary', seeded.id!)).details.code).toBe(410);
  });
});

describe('events.list', () => {
  function threeEvents() {
    const s = setup();
    s.model.seedEvent('primary', newEvent({ id: 'tempa1', extendedProperties: { private: { meetlink: 'temp' } } }));
    s.model.seedEvent('primary', newEvent({ id: 'tempb2', extendedProperties: { private: { meetlink: 'temp' } } }));
    s.model.seedEvent('primary', newEvent({ id: 'other3', extendedProperties: { private: { meetlink: 'keep' } } }));
    return s;
  }

  test('filters by a private extended property, over both routes', () => {
    const { Calendar, http } = threeEvents();
    const viaAdvanced = Calendar.Events.list('primary', { privateExtendedProperty: 'meetlink=temp' });
    expect(viaAdvanced.kind).toBe('calendar#events');
    expect(viaAdvanced.items!.map((e) => e.id)).toEqual(['tempa1', 'tempb2']);
    const viaRest = http('GET', '/calendars/primary/events?privateExtendedProperty=meetlink%3Dkeep');
    expect(viaRest.json.items.map((e: Event) => e.id)).toEqual(['other3']);
  });

  test('hides deleted events unless showDeleted', () => {
    const { Calendar } = threeEvents();
    Calendar.Events.remove('primary', 'tempa1');
    expect(Calendar.Events.list('primary').items!.map((e) => e.id)).toEqual(['tempb2', 'other3']);
    const all = Calendar.Events.list('primary', { showDeleted: true }).items!;
    expect(all.find((e) => e.id === 'tempa1')!.status).toBe('cancelled');
  });

  test('maxResults pages the answer', () => {
    const { Calendar } = threeEvents();
    const first = Calendar.Events.list('primary', { maxResults: 2 });
    expect(first.items).toHaveLength(2);
    const rest = Calendar.Events.list('primary', { maxResults: 2, pageToken: first.nextPageToken });
    expect(rest.items!.map((e) => e.id)).toEqual(['other3']);
    expect(rest.nextPageToken).toBeUndefined();
  });

  test('several extended-property constraints throw: Google documents both AND and OR', () => {
    allowNotModelled();
    const { Calendar } = threeEvents();
    expect(() => Calendar.Events.list('primary', { privateExtendedProperty: ['meetlink=temp', 'x=y'] })).toThrow(NotModelled);
  });
});

describe('faults and the call log', () => {
  test('an injected rateLimitExceeded surfaces as GoogleJsonResponseException', () => {
    const { Calendar, env } = setup();
    env.faults.inject({ api: 'calendar.events.insert', error: 'rateLimitExceeded' });
    const error = advancedError(() => Calendar.Events.insert(newEvent(), 'primary'));
    expect(error.details.code).toBe(403);
    expect(error.details.errors[0]!.reason).toBe('rateLimitExceeded');
    expect(error.message).toBe('API call to calendar.events.insert failed with error: Rate Limit Exceeded');
    expect(Calendar.Events.insert(newEvent(), 'primary').id).toBeDefined();
  });

  test('an injected fault is a REST error body', () => {
    const { http, env } = setup();
    env.faults.inject({ api: 'calendar.events.insert', error: 'rateLimitExceeded' });
    const res = http('POST', '/calendars/primary/events', newEvent());
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      error: {
        errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }],
        code: 403,
        message: 'Rate Limit Exceeded',
      },
    });
  });

  test('each call is logged with its route and status', () => {
    const { Calendar, http, env, model } = setup();
    env.faults.inject({ api: 'calendar.events.get', error: 'backendError' });
    const inserted = Calendar.Events.insert(newEvent({ id: 'meetlinkab12', conferenceData: meetRequest('r1') }), 'primary', {
      conferenceDataVersion: 1,
      sendUpdates: 'none',
    });
    advancedError(() => Calendar.Events.get('primary', inserted.id!));
    http('GET', `/calendars/primary/events/${inserted.id}`);
    http('DELETE', `/calendars/primary/events/${inserted.id}`);
    http('DELETE', `/calendars/primary/events/${inserted.id}`);
    model.peek('primary', inserted.id!); // not a call
    expect(env.log.calls.map(({ api, route, status, reason }) => ({ api, route, status, reason }))).toEqual([
      { api: 'calendar.events.insert', route: 'advanced', status: 200, reason: undefined },
      { api: 'calendar.events.get', route: 'advanced', status: 500, reason: 'backendError' },
      { api: 'calendar.events.get', route: 'rest', status: 200, reason: undefined },
      { api: 'calendar.events.delete', route: 'rest', status: 204, reason: undefined },
      { api: 'calendar.events.delete', route: 'rest', status: 410, reason: 'deleted' },
    ]);
    expect(env.log.calls[0]!.summary).toBe('insert primary meetlinkab12 createRequest v1 sendUpdates=none');
  });
});

describe('notifications', () => {
  test('what each write asked Google to notify is recorded per event', () => {
    const { Calendar, model } = setup();
    const event = Calendar.Events.insert(newEvent({ attendees: [{ email: 'grace@example.com' }] }), 'primary', { sendUpdates: 'none' });
    Calendar.Events.patch({ summary: 'x' }, 'primary', event.id!, { sendUpdates: 'none' });
    Calendar.Events.remove('primary', event.id!);
    expect(model.notifications('primary', event.id!)).toEqual([
      { api: 'calendar.events.insert', sendUpdates: 'none', attendees: ['grace@example.com'] },
      { api: 'calendar.events.patch', sendUpdates: 'none', attendees: ['grace@example.com'] },
      { api: 'calendar.events.delete', attendees: ['grace@example.com'] },
    ]);
  });

  test('attendees need a valid email, as the insert reference says; sendUpdates all is recorded with them', () => {
    const { Calendar, model } = setup();
    expect(advancedError(() => Calendar.Events.insert(newEvent({ attendees: [{ displayName: 'Bob' }] }), 'primary')).details).toMatchObject({
      code: 400,
      message: 'Missing attendee email.',
    });
    expect(advancedError(() => Calendar.Events.insert(newEvent({ attendees: [{ email: 'not an address' }] }), 'primary')).details).toMatchObject({
      code: 400,
      message: 'Invalid attendee email.',
    });
    // An attendee field the fake does not know is refused loudly, on purpose here.
    allowNotModelled();
    expect(() => Calendar.Events.insert(newEvent({ attendees: [{ email: 'bob@example.org', avatar: 'x' } as never] }), 'primary')).toThrow(
      NotModelled,
    );
    const event = Calendar.Events.insert(newEvent({ attendees: [{ email: 'bob@example.org' }, { email: 'carol@example.net' }] }), 'primary', {
      sendUpdates: 'all',
    });
    expect(model.notifications('primary', event.id!)).toEqual([
      { api: 'calendar.events.insert', sendUpdates: 'all', attendees: ['bob@example.org', 'carol@example.net'] },
    ]);
    expect(model.events('primary')).toHaveLength(1);
  });

  test('the invitation Google emails each guest carries the description as it is: its markup live, or its text with its lines', () => {
    const { Calendar, model } = setup();
    const guests = [{ email: 'bob@example.org' }, { email: 'carol@example.net' }];
    const hostile = Calendar.Events.insert(
      newEvent({ attendees: guests, description: 'See <a href="https://evil.example">this</a> <img src="https://evil.example/t.gif"> &lt;b&gt;' }),
      'primary',
      { sendUpdates: 'all' },
    );
    const [first, second] = invitationEmails(model, 'primary', hostile.id!);
    expect([first!.to, second!.to]).toEqual(['bob@example.org', 'carol@example.net']);
    // Nothing is cleaned: what a hostile description holds is live in the mail, and the fake spells it out.
    expect(first!.html).toContain('<a href="https://evil.example">this</a>');
    expect(first!.text).toContain('See this [link: https://evil.example] [image: https://evil.example/t.gif] <b>');
    expect(readAs('<p onclick="x">a</p><script>steal()</script><!-- c -->')).toBe('[attribute: onclick]a\n[script: steal()][comment]');
    // A description without markup is text: its line breaks are kept, its characters shown as they are.
    const plain = Calendar.Events.insert(newEvent({ attendees: guests, description: 'Q&A\nbring ‹notes›' }), 'primary', { sendUpdates: 'all' });
    expect(invitationEmails(model, 'primary', plain.id!)[0]!.text).toContain('Q&A\nbring ‹notes›');
    // Nobody is emailed for a write with sendUpdates none.
    const quiet = Calendar.Events.insert(newEvent({ attendees: guests, description: 'x' }), 'primary', { sendUpdates: 'none' });
    expect(invitationEmails(model, 'primary', quiet.id!)).toEqual([]);
  });

  test('an unknown sendUpdates value answers 400', () => {
    const { Calendar } = setup();
    expect(advancedError(() => Calendar.Events.insert(newEvent(), 'primary', { sendUpdates: 'nobody' })).details.code).toBe(400);
  });
});

describe('event fields', () => {
  test('an inserted event carries Google-stamped fields and the fields as given', () => {
    const { Calendar } = setup();
    const reminders = { useDefault: false, overrides: [] };
    const event = Calendar.Events.insert(
      newEvent({ reminders, transparency: 'transparent', visibility: 'private', extendedProperties: { private: { meetlink: '1' } } }),
      'primary',
    );
    expect(event).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      created: '2026-11-23T09:00:00.000Z',
      updated: '2026-11-23T09:00:00.000Z',
      organizer: { email: 'ada@gmail.com', self: true },
      creator: { email: 'ada@gmail.com', self: true },
      start: START,
      end: END,
      reminders,
      transparency: 'transparent',
      visibility: 'private',
      extendedProperties: { private: { meetlink: '1' } },
    });
    expect(event.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
  });

  test('patch merges objects, replaces arrays and removes a field patched to null', () => {
    const { Calendar } = setup();
    const event = Calendar.Events.insert(newEvent({ extendedProperties: { private: { a: '1', b: '2' } } }), 'primary');
    const patched = Calendar.Events.patch({ extendedProperties: { private: { a: null, c: '3' } } } as unknown as Event, 'primary', event.id!);
    expect(patched.extendedProperties).toEqual({ private: { b: '2', c: '3' } });
  });

  test('start and end are required, and end must come after start', () => {
    const { Calendar } = setup();
    expect(advancedError(() => Calendar.Events.insert({ summary: 'x', start: START }, 'primary')).details).toMatchObject({
      code: 400,
      message: 'Missing end time.',
    });
    expect(advancedError(() => Calendar.Events.insert(newEvent({ start: END, end: START }), 'primary')).details.errors[0]!.reason).toBe(
      'timeRangeEmpty',
    );
  });

  test('results are copies: changing them does not change the calendar', () => {
    const { Calendar, model } = setup();
    const event = Calendar.Events.insert(newEvent(), 'primary');
    event.summary = 'changed locally';
    event.start!.dateTime = '2030-01-01T00:00:00Z';
    expect(model.peek('primary', event.id!)).toMatchObject({ summary: 'Meet', start: START });
  });

  test('calendars.get answers id, summary, timeZone and allowed conference types', () => {
    const { Calendar, http } = setup({}, [SCOPE.calendarsReadonly]);
    expect(Calendar.Calendars.get('primary')).toMatchObject({
      id: 'ada@gmail.com',
      summary: 'ada@gmail.com',
      timeZone: 'Europe/London',
      conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
    });
    expect(http('GET', '/calendars/ada%40gmail.com').json.id).toBe('ada@gmail.com');
    expect(http('GET', '/calendars/nobody%40example.com').status).toBe(404);
  });
});

describe('the REST route', () => {
  test('requires a Bearer token: 401 authError', () => {
    const { http, env } = setup();
    const res = http('GET', '/calendars/primary/events', undefined, { authorization: '' });
    expect(res.status).toBe(401);
    expect(res.json.error.errors[0].reason).toBe('authError');
    expect(env.log.calls[0]).toMatchObject({ api: 'calendar.events.list', route: 'rest', status: 401 });
  });

  test('URL-decodes calendar ids in the path', () => {
    const { http, model } = setup();
    const res = http('POST', '/calendars/ada%40gmail.com/events?conferenceDataVersion=1', newEvent({ conferenceData: meetRequest('r') }));
    expect(res.status).toBe(200);
    expect(model.events('primary')[0]!.hangoutLink).toBe(res.json.hangoutLink);
  });

  test('a body that is not JSON answers 400 parseError', () => {
    const { route } = setup();
    const res = route({
      url: `${BASE}/calendars/primary/events`,
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      payload: '{not json',
    })!;
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.errors[0].reason).toBe('parseError');
  });

  test('leaves other URLs to other routes', () => {
    const { route } = setup();
    expect(route({ url: 'https://meet.googleapis.com/v2/spaces', method: 'POST', headers: {} })).toBeUndefined();
  });
});

describe('what is not modelled throws loudly', () => {
  beforeEach(allowNotModelled);

  test('events.update (PUT), unknown optional arguments and unknown fields', () => {
    const { Calendar, http } = setup();
    const event = Calendar.Events.insert(newEvent(), 'primary');
    expect(() => Calendar.Events.update(event, 'primary', event.id!)).toThrow(NotModelled);
    expect(() => http('PUT', `/calendars/primary/events/${event.id}`, event)).toThrow(NotModelled);
    expect(() => Calendar.Events.get('primary', event.id!, { timeZone: 'UTC' })).toThrow(NotModelled);
    expect(() => Calendar.Events.insert(newEvent({ recurrence: ['RRULE:FREQ=DAILY'] }), 'primary')).toThrow(NotModelled);
    expect(() => http('GET', `/calendars/primary/events/${event.id}?fields=id`)).toThrow(NotModelled);
  });

  test('a JSON body sent without contentType application/json', () => {
    const { http } = setup();
    expect(() => http('POST', '/calendars/primary/events', newEvent(), { 'content-type': 'application/x-www-form-urlencoded' })).toThrow(
      /contentType: 'application\/json'/,
    );
  });

  test('arguments in the wrong order', () => {
    const { Calendar } = setup();
    expect(() => Calendar.Events.insert('primary' as unknown as Event, newEvent() as unknown as string)).toThrow(NotModelled);
  });
});

describe('OAuth scopes, as Google checks them', () => {
  const TEAM = 'team@group.calendar.google.com';
  const insufficient = { code: 403, message: 'Request had insufficient authentication scopes.' };

  test('calendars.get is not covered by calendar.events.owned: 403 insufficient scopes, on both routes', () => {
    const { Calendar, http } = setup();
    expect(advancedError(() => Calendar.Calendars.get('primary')).details).toMatchObject(insufficient);
    const res = http('GET', '/calendars/primary');
    expect(res.status).toBe(403);
    expect(res.json.error).toMatchObject({ ...insufficient, errors: [{ reason: 'insufficientPermissions' }] });
  });

  test('calendar.events.owned: a team calendar the person may write to but does not own refuses changes and reads', () => {
    const { Calendar, http, model } = setup();
    model.addCalendar(TEAM, { summary: 'Team', owner: 'boss@example.com' });
    const seeded = model.seedEvent(TEAM, { summary: 'Standup' });
    expect(seeded.organizer?.email).toBe(TEAM);
    const patch = () => Calendar.Events.patch({ conferenceData: meetRequest('t1') }, TEAM, seeded.id!, { conferenceDataVersion: 1 });
    expect(advancedError(patch).details).toMatchObject({ ...insufficient, errors: [{ reason: 'insufficientPermissions' }] });
    expect(
      http('PATCH', `/calendars/${encodeURIComponent(TEAM)}/events/${seeded.id}?conferenceDataVersion=1`, { conferenceData: meetRequest('t2') })
        .status,
    ).toBe(403);
    expect(model.peek(TEAM, seeded.id!)!.conferenceData).toBeUndefined();
    // The person's own calendar works with the same token.
    expect(Calendar.Events.insert(newEvent({}), 'primary').id).toBeDefined();
  });

  test('with calendar.events (not .owned) the team calendar is reachable', () => {
    const { Calendar, model } = setup({}, [SCOPE.events]);
    model.addCalendar(TEAM, { summary: 'Team', owner: 'boss@example.com' });
    const seeded = model.seedEvent(TEAM, { summary: 'Standup' });
    const patched = Calendar.Events.patch({ conferenceData: meetRequest('t3') }, TEAM, seeded.id!, { conferenceDataVersion: 1 });
    expect(patched.hangoutLink).toBeDefined();
  });
});
