import { CONSENT_URL, ConsentRequired } from '../../offline/authorization';
import { emailOf, replyRecipients, splitAddresses } from '../../offline/gmail/recipients';
import { AddOnHost } from '../../offline/host';
import { createOfflineRuntime, readManifest } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { consentOf } from '../../src/platform';
import type { AppsScriptGlobals } from '../../src/platform';
import { openMessageOf } from '../../src/host/event-object';
import { allowNotModelled } from '../support/harness';

const AUTH = 'https://www.googleapis.com/auth/';

describe('partial consent (offline/authorization.ts)', () => {
  it('getAuthorizationInfo(FULL, scopes) is REQUIRED, with a consent URL, while one of those scopes is not granted', () => {
    const runtime = createOfflineRuntime();
    const ScriptApp = runtime.globals.ScriptApp as any;
    runtime.consent.untick(SCOPE.eventsOwned);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPE.eventsOwned, SCOPE.externalRequest]);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toBe(CONSENT_URL);
    expect(info.getAuthorizedScopes()).toEqual([SCOPE.externalRequest]);
    const other = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPE.externalRequest]);
    expect([other.getAuthorizationStatus(), other.getAuthorizationUrl()]).toEqual(['NOT_REQUIRED', null]);
    // Without a list: every scope of the manifest.
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe('REQUIRED');
  });

  it('requireScopes ends the execution when a scope is missing, and returns when all are granted', () => {
    const runtime = createOfflineRuntime();
    const ScriptApp = runtime.globals.ScriptApp as any;
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.eventsOwned])).not.toThrow();
    runtime.consent.untick(SCOPE.eventsOwned);
    const error = (() => {
      try {
        ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.eventsOwned, SCOPE.externalRequest]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConsentRequired);
    expect((error as ConsentRequired).scopes).toEqual([SCOPE.eventsOwned]);
  });

  it('refuses what it does not model: another AuthMode, a scope the manifest lacks', () => {
    allowNotModelled();
    const runtime = createOfflineRuntime();
    const ScriptApp = runtime.globals.ScriptApp as any;
    expect(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED, [])).toThrow(/Not modelled/);
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [`${AUTH}drive`])).toThrow(/Not modelled/);
    expect(() => runtime.consent.untick(`${AUTH}drive`)).toThrow(/not in the manifest/);
  });

  it('every fake checks the granted scopes, not the manifest: an unticked Calendar scope is refused with 403', () => {
    const runtime = createOfflineRuntime();
    runtime.consent.untick(SCOPE.eventsOwned);
    const Calendar = runtime.globals.Calendar as any;
    expect(() => Calendar.Events.insert({ summary: 'x', start: {}, end: {} }, 'primary')).toThrow(/insufficient authentication scopes/);
    runtime.consent.untick(SCOPE.externalRequest);
    expect(() => runtime.urlFetch.fetch('https://meet.googleapis.com/v2/spaces')).toThrow(/script\.external_request/);
  });

  it('MeetLink reads the missing scopes through ScriptApp (src/platform.ts consentOf)', () => {
    const runtime = createOfflineRuntime();
    const consent = consentOf(runtime.globals as unknown as AppsScriptGlobals);
    expect(consent.missing([SCOPE.eventsOwned, SCOPE.meetCreated])).toEqual([]);
    runtime.consent.untick(SCOPE.meetCreated);
    expect(consent.missing([SCOPE.eventsOwned, SCOPE.meetCreated])).toEqual([SCOPE.meetCreated]);
    expect(() => consent.ask([SCOPE.meetCreated])).toThrow(ConsentRequired);
  });
});

describe('addresses as RFC 5322 writes them (offline/gmail/recipients.ts)', () => {
  it('a comma inside a quoted name, a comment or angle brackets does not split a recipient', () => {
    expect(splitAddresses('"Doe, John" <j@x.org>, carol@example.net')).toEqual(['"Doe, John" <j@x.org>', 'carol@example.net']);
    expect(splitAddresses('Ann (Sales, EMEA) <ann@x.org>,bob@x.org')).toEqual(['Ann (Sales, EMEA) <ann@x.org>', 'bob@x.org']);
    expect(splitAddresses('"Say \\"hi, there\\"" <s@x.org>')).toEqual(['"Say \\"hi, there\\"" <s@x.org>']);
    expect(emailOf('"Doe, John" <J@X.org>')).toBe('j@x.org');
  });

  it('reply-all keeps "Doe, John" as one recipient and leaves out the person and their aliases', () => {
    const message = {
      from: '"Doe, John" <john@example.org>',
      to: 'Ada <ada@gmail.com>, "Ada (work)" <ada@work.example>, carol@example.net',
      cc: 'ADA@WORK.EXAMPLE, dan@example.com',
    };
    expect(replyRecipients(message, 'ada@gmail.com', true, ['ada@work.example'])).toEqual({
      to: ['"Doe, John" <john@example.org>', 'carol@example.net'],
      cc: ['dan@example.com'],
    });
  });

  it('the Gmail fake uses them: an alias of the account is left out of a reply-all draft', () => {
    const runtime = createOfflineRuntime({ account: { aliases: ['ada@work.example'] } });
    const GmailApp = runtime.globals.GmailApp as GoogleAppsScript.Gmail.GmailApp;
    const message = runtime.gmail.seedMessage({ from: '"Doe, John" <john@example.org>', to: 'ada@work.example, carol@example.net', subject: 'Hi' });
    GmailApp.setCurrentMessageAccessToken(runtime.gmail.issueToken(message.id));
    GmailApp.getMessageById(message.id).createDraftReplyAll('hi');
    expect(runtime.gmail.drafts[0]!.to).toEqual(['"Doe, John" <john@example.org>', 'carol@example.net']);
  });
});

describe('smaller Apps Script rules', () => {
  it('Session.getScriptTimeZone() is the manifest timeZone', () => {
    const runtime = createOfflineRuntime({ manifest: { ...readManifest(), timeZone: 'Asia/Tokyo' } });
    expect((runtime.globals.Session as GoogleAppsScript.Base.Session).getScriptTimeZone()).toBe('Asia/Tokyo');
    expect((createOfflineRuntime().globals.Session as GoogleAppsScript.Base.Session).getScriptTimeZone()).toBe('Etc/UTC');
  });

  it('UrlFetchApp refuses a URL over 2 KB before anything is sent', () => {
    const runtime = createOfflineRuntime();
    const long = `https://meet.googleapis.com/v2/spaces/${'a'.repeat(2048)}`;
    expect(() => runtime.urlFetch.fetch(long)).toThrow('Exception: Limit Exceeded: URLFetch URL Length.');
    expect(runtime.log.calls).toEqual([]);
  });

  it('a Gmail event carries the legacy messageMetadata beside gmail, and MeetLink reads either', () => {
    const runtime = createOfflineRuntime();
    const host = new AddOnHost(runtime);
    const message = runtime.gmail.seedMessage({ from: 'bob@example.org', to: 'ada@gmail.com', subject: 'Hi' });
    host.openMessage(message.id);
    const sent = host.sentEvents[0] as any;
    expect(sent.messageMetadata).toEqual({ messageId: message.id, accessToken: sent.gmail.accessToken });
    expect(openMessageOf({ messageMetadata: sent.messageMetadata })).toEqual({ messageId: message.id, accessToken: sent.gmail.accessToken });
    expect(openMessageOf({ messageMetadata: { messageId: 42 as unknown as string, accessToken: 'x' } })).toBeUndefined();
  });
});

describe('date-only and time-only pickers come back as Google documents them (offline/host-events.ts)', () => {
  it('dateInput.msSinceEpoch for a date picker, timeInput {hours, minutes} for a time picker; nothing in the legacy fields', () => {
    const { buildEventObject } = require('../../offline/host-events') as typeof import('../../offline/host-events');
    const runtime = createOfflineRuntime();
    const e = buildEventObject({
      manifest: runtime.manifest,
      hostApp: 'GMAIL',
      account: runtime.settings.account,
      now: runtime.clock.now(),
      parameters: {},
      formValues: { day: ['1795392000000'], at: [String((9 * 60 + 45) * 60_000)] },
      dateFields: ['day'],
      timeFields: ['at'],
    });
    expect(e.commonEventObject.formInputs).toEqual({
      day: { dateInput: { msSinceEpoch: '1795392000000' } },
      at: { timeInput: { hours: 9, minutes: 45 } },
    });
    expect(e.formInput).toEqual({});
    expect(e.formInputs).toEqual({});
  });
});
