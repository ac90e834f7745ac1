import { NotModelled } from '../../offline/calendar/errors';
import { formatDate } from '../../offline/format-date';
import { notModelledLog } from '../../offline/not-modelled';
import { createOfflineRuntime, readManifest } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { advancedCalendarApi } from '../../src/adapters/advanced-calendar';
import { restCalendarApi } from '../../src/adapters/rest-calendar';
import { allowNotModelled, openAddOn } from '../support/harness';

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  const at = new Date('2026-11-23T09:05:07Z');
  it('implements the letters MeetLink and the tests use, in the zone asked', () => {
    expect(formatDate(at, 'Etc/UTC', 'yyyy-MM-dd HH:mm')).toBe('2026-11-23 09:05');
    expect(formatDate(at, 'Asia/Tokyo', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-23 18:05:07');
    expect(formatDate(at, 'America/New_York', 'EEE d MMM yy, h:mm a Z')).toBe('Mon 23 Nov 26, 4:05 AM -0500');
    expect(formatDate(at, 'America/New_York', "EEEE MMMM 'at' HH'h' XXX")).toBe('Monday November at 04h -05:00');
    expect(formatDate(at, 'Etc/UTC', "X 'o''clock'")).toBe("Z o'clock");
  });
  it.each(['S', 'D', 'w', 'z', 'G', 'k', 'u'])('throws "not modelled" for letter %s rather than passing it through', (ch) => {
    allowNotModelled();
    expect(() => formatDate(at, 'Etc/UTC', `yyyy ${ch}`)).toThrow(/not modelled/);
  });
});

describe('PropertiesService', () => {
  it('gives each person their own user properties, and every person the same script properties', () => {
    const runtime = createOfflineRuntime();
    const { PropertiesService } = runtime.globals as { PropertiesService: GoogleAppsScript.Properties.PropertiesService };
    PropertiesService.getUserProperties().setProperty('meetlink.settings', 'ada');
    PropertiesService.getScriptProperties().setProperty('shared', 'yes');
    runtime.settings.account = { ...runtime.settings.account, email: 'grace@example.com' };
    expect(PropertiesService.getUserProperties().getProperty('meetlink.settings')).toBeNull();
    expect(PropertiesService.getScriptProperties().getProperty('shared')).toBe('yes');
    PropertiesService.getUserProperties().setProperty('meetlink.settings', 'grace');
    runtime.settings.account = { ...runtime.settings.account, email: 'ada@gmail.com' };
    expect(PropertiesService.getUserProperties().getProperty('meetlink.settings')).toBe('ada');
    expect(runtime.services.userPropertiesOf('grace@example.com').getProperty('meetlink.settings')).toBe('grace');
  });
});

describe('UrlFetchApp', () => {
  const BASE = 'https://www.googleapis.com/calendar/v3';
  it('needs script.external_request, refused the way Apps Script refuses', () => {
    const manifest = readManifest();
    const runtime = createOfflineRuntime({
      manifest: { ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => s !== SCOPE.externalRequest) },
    });
    expect(() => runtime.urlFetch.fetch(`${BASE}/calendars/primary/events`)).toThrow(
      'Exception: You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
  });

  it('sends an object payload as form fields, which the JSON APIs do not take', () => {
    allowNotModelled();
    const runtime = createOfflineRuntime({ manifest: { ...readManifest(), urlFetchWhitelist: [`${BASE}/`, 'https://example.com/'] } });
    const seen: { type?: string; payload?: string }[] = [];
    runtime.urlFetch.route((request) => {
      seen.push({ type: request.headers['content-type'], payload: request.payload });
      return { status: 200, body: '' };
    });
    runtime.urlFetch.fetch('https://example.com/form', { method: 'post', payload: { summary: 'a b', n: 1 } });
    expect(seen[0]).toEqual({ type: 'application/x-www-form-urlencoded', payload: 'summary=a%20b&n=1' });
    expect(() =>
      runtime.urlFetch.fetch(`${BASE}/calendars/primary/events`, {
        method: 'post',
        headers: { Authorization: 'Bearer t' },
        payload: { summary: 'a b', n: 1 },
      }),
    ).toThrow(/content-type "application\/x-www-form-urlencoded".*not modelled/);
  });

  it('matches the allowlist as the manifest reference says: identical or a child of the prefix, never a longer name', () => {
    const make = (list: string[]) => createOfflineRuntime({ manifest: { ...readManifest(), urlFetchWhitelist: list } }).urlFetch;
    const fetch = make(['https://www.googleapis.com/calendar/v3']);
    const notAllowed = /not allowed by the add-on's urlFetchWhitelist/;
    expect(() => fetch.fetch('https://www.googleapis.com/calendar/v3x/calendars')).toThrow(notAllowed);
    expect(() => fetch.fetch('https://www.googleapis.com/Calendar/v3/calendars/primary')).toThrow(notAllowed); // paths are case sensitive
    expect(() => fetch.fetch('https://www.googleapis.com/calendar/v3/calendars/primary')).not.toThrow(notAllowed);
    expect(() => make(['http://www.googleapis.com/']).fetch(`${BASE}/x`)).toThrow(/must use https/);
    expect(() => make(['https://www.googleapis.com']).fetch(`${BASE}/x`)).toThrow(/non-empty path/);
  });
});

describe('events.list pages, and the adapters following them', () => {
  function seeded(pageSize: number, count: number) {
    const runtime = createOfflineRuntime({ calendar: { listPageSize: pageSize } });
    for (let i = 0; i < count; i += 1) {
      runtime.calendar.seedEvent('primary', { summary: `t${i}`, extendedProperties: { private: { meetlinkTemporary: '1' } } });
    }
    return runtime;
  }
  const Calendar = (runtime: ReturnType<typeof createOfflineRuntime>) => runtime.globals.Calendar as any;

  it('answers short pages with nextPageToken, whatever maxResults asks', () => {
    const runtime = seeded(2, 5);
    const first = Calendar(runtime).Events.list('primary', { maxResults: 50 });
    expect(first.items).toHaveLength(2);
    expect(first.nextPageToken).toBeDefined();
  });

  it.each(['advanced', 'rest'] as const)('%s: listByPrivateProperty follows nextPageToken, at most 5 pages', (route) => {
    const runtime = seeded(2, 7);
    const api = route === 'advanced' ? advancedCalendarApi(Calendar(runtime).Events) : restCalendarApi(runtime.urlFetch as never, () => 'token');
    expect(api.listByPrivateProperty('primary', 'meetlinkTemporary=1')).toHaveLength(7);
    expect(runtime.log.of('calendar.events.list')).toHaveLength(4);
    const many = seeded(1, 8);
    const bounded = route === 'advanced' ? advancedCalendarApi(Calendar(many).Events) : restCalendarApi(many.urlFetch as never, () => 'token');
    expect(bounded.listByPrivateProperty('primary', 'meetlinkTemporary=1')).toHaveLength(5);
  });
});

describe('"not modelled" is recorded, so a test cannot pass on it', () => {
  it('even when the add-on turns it into a polite failure card, the record names it (the shared guard fails the test)', () => {
    const { host, runtime } = openAddOn();
    runtime.calendar.insert = () => {
      throw new NotModelled('an insert this test pretends Google never documented');
    };
    host.homepage('GMAIL').click('Create Meet link');
    // The person sees words, not a crash: without the record, this test would pass.
    expect(host.errors).toEqual([]);
    expect(host.buttons()).toContain('Try again');
    expect(notModelledLog.take()).toEqual([expect.stringContaining('an insert this test pretends Google never documented')]);
  });

  it('every kind of fake records it: UrlFetchApp, the lock, an API no fake answers', () => {
    allowNotModelled();
    const runtime = createOfflineRuntime();
    const g = runtime.globals as Record<string, any>;
    expect(() => g.UrlFetchApp.fetchAll([])).toThrow(/not modelled/);
    expect(() => g.LockService.getScriptLock()).toThrow(/not modelled/);
    expect(() => g.UrlFetchApp.fetch('https://www.googleapis.com/calendar/v3/users/me/settings', { muteHttpExceptions: true })).toThrow(
      /not modelled/,
    );
    expect(notModelledLog.take()).toHaveLength(3);
  });
});
