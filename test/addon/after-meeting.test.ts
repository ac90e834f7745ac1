import { seedPastMeeting } from '../../offline/meet/past-meeting';
import { CONSUMER, WORKSPACE, type RuntimeOptions } from '../../offline/runtime';
import { LOCALES, type Locale } from '../../src/i18n/catalogues.generated';
import { readCatalogue } from '../../scripts/i18n';
import { openAddOn } from '../support/harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const READONLY = 'https://www.googleapis.com/auth/meetings.space.readonly';
/** Yesterday 10:00 in New York, the Workspace account's zone (the clock starts at 2026-11-23T09:00Z). */
const YESTERDAY = Date.parse('2026-11-22T15:00:00Z');

/** A Workspace organizer with yesterday's meeting on their calendar, its event open in Calendar. */
function organizer(options: RuntimeOptions = {}, meeting: Partial<Parameters<typeof seedPastMeeting>[1]> = {}) {
  const opened = openAddOn({ account: WORKSPACE, ...options });
  const past = seedPastMeeting(opened.runtime, { start: YESTERDAY, ...meeting });
  const meetCalls = () => opened.runtime.log.of('meet.').map((c) => `${c.api.replace('meet.conferenceRecords.', '')} ${c.status}`);
  const open = () => opened.host.openEvent({ calendarId: opened.me, id: past.event.id! });
  return { ...opened, past, meetCalls, open };
}

/** Every text and label the card on top shows, as raw card JSON strings (what Google would render as HTML). */
const rawTexts = (card: any): string[] =>
  (card.sections ?? []).flatMap((s: any) =>
    (s.widgets ?? []).flatMap((w: any) => [w.textParagraph?.text, w.decoratedText?.text, w.decoratedText?.bottomLabel, w.decoratedText?.topLabel]),
  );

describe('After the meeting, on the Calendar event', () => {
  it('one click away: who joined (late, left early, phone, not signed in), who did not, and Google’s links, in the person’s zone', () => {
    const { host, open, calendarCalls, meetCalls, past, resetLog } = organizer();
    open();
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'Meeting settings', 'After the meeting']);
    expect(calendarCalls()).toEqual([]); // drawing the event card calls nothing
    expect(meetCalls()).toEqual([]);
    resetLog();
    host.click('After the meeting');
    expect(host.errors).toEqual([]);
    const text = host.text();
    expect(text).toContain('After the meeting\nDesign review\nSun, Nov 22, 9:58 AM–11:00 AM\nWho joined (5)');
    expect(text).toContain('Ada Lovelace\n10:12 AM–11:00 AM · 48 min · late');
    expect(text).toContain('Carmen Díaz\n10:01 AM–10:40 AM · 39 min · left early');
    expect(text).toContain('+1 650-***-**12 (by phone)\n10:05 AM–10:58 AM · 53 min');
    expect(text).toContain('Ben Okafor (not signed in)');
    expect(text).toContain('Signed in: 3 · Not signed in: 1 · By phone: 1');
    // Dev never came; a phone caller matches no guest, so Dev is "not found by name", never called absent.
    expect(text).toContain(
      'Invited, did not join\nNot found by name in Meet: Dev Patel. Meet also lists 1 phone caller matching no guest, so they may have joined that way.',
    );
    expect(text).toContain('Recording\nOpen\nTranscript\nGoogle is still preparing it.\nGemini notes\nOpen');
    expect(text).toContain('Email a recap');
    const raw = rawTexts(host.card).join('\n');
    expect(raw).toContain(`<a href="https://drive.google.com/file/d/rec-${past.code}/view">Open</a>`);
    expect(raw).toContain(`<a href="https://docs.google.com/document/d/notes-${past.code}/view">Open</a>`);
    expect(calendarCalls()).toEqual(['calendar.events.get 200']);
    expect(meetCalls()).toEqual(['list 200', 'participants.list 200', 'recordings.list 200', 'transcripts.list 200', 'smartNotes.list 200']);
    host.click('Refresh');
    expect(host.stack).toHaveLength(2); // redrawn in place
    expect(meetCalls().slice(5)).toEqual(['get 200', 'participants.list 200', 'recordings.list 200', 'transcripts.list 200', 'smartNotes.list 200']);
  });

  it('when every participant matches a guest, the one who never came is listed as not having joined', () => {
    const { host, open } = organizer(
      {},
      {
        participants: [
          { signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
          { signedIn: { displayName: 'Ada Lovelace', email: 'ada.lovelace@example.com' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
          { anonymous: { displayName: 'Ben Okafor' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
          { signedIn: { displayName: 'Carmen Díaz', email: 'carmen@partner.example' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
        ],
      },
    );
    open().click('After the meeting');
    expect(host.text()).toContain('Invited, did not join\nDev Patel\nWhat Google made');
    expect(host.text()).not.toContain('Not found by name');
  });

  it('several meetings on one link: the one in the event’s time; another is one click away', () => {
    const { host, open, runtime, past } = organizer();
    const lastWeek = YESTERDAY - 7 * 24 * HOUR;
    runtime.conferenceRecords.seed({
      space: past.code,
      start: lastWeek,
      end: lastWeek + 30 * MINUTE,
      participants: [
        { signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email }, sessions: [{ from: lastWeek, to: lastWeek + 30 * MINUTE }] },
      ],
    });
    open().click('After the meeting');
    expect(host.text()).toContain('Who joined (5)');
    expect(host.text()).toContain('Other meetings on this link\nSun, Nov 15, 10:00 AM');
    host.click('Show');
    expect(host.text()).toContain('Sun, Nov 15, 10:00 AM–10:30 AM\nWho joined (1)\nGrace Hopper');
  });

  it('asks for meetings.space.readonly when it is needed, before any Meet or Calendar call', () => {
    const { host, open, runtime, calendarCalls, meetCalls } = organizer();
    runtime.consent.untick(READONLY);
    open().click('After the meeting');
    expect(host.consentPrompts).toEqual([[READONLY]]);
    expect(calendarCalls()).toEqual([]);
    expect(meetCalls()).toEqual([]);
    host.allowConsent();
    host.click('After the meeting');
    expect(host.text()).toContain('Who joined (5)');
  });
});

describe('when Google gives nothing: plain words, never a failure card', () => {
  it('free Gmail: what a personal account has and has not, with no Google call and no consent asked', () => {
    const { host, runtime, seed, me } = openAddOn();
    runtime.consent.untick(READONLY);
    const event = seed({ summary: 'Catch-up' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('After the meeting');
    expect(host.text()).toContain('On a personal Google account, Google does not let apps see who joined a Google Meet meeting or what it made');
    expect(host.text()).not.toContain('That didn’t work');
    expect(host.consentPrompts).toEqual([]);
    expect(runtime.log.calls).toEqual([]);
  });

  it('a meeting not held yet, and one older than 30 days: said so, with no Meet call', () => {
    const later = organizer({}, { start: Date.parse('2026-11-24T15:00:00Z') });
    later.open().click('After the meeting');
    expect(later.host.text()).toContain('Nobody has joined this meeting yet, so Google has nothing to show.');
    expect(later.meetCalls()).toEqual([]);
    const old = organizer({}, { start: YESTERDAY });
    old.runtime.clock.advance(31 * 24 * HOUR);
    old.open().click('After the meeting');
    expect(old.host.text()).toContain('This meeting ended more than 30 days ago. Google deletes who joined 30 days after a meeting');
    expect(old.meetCalls()).toEqual([]);
  });

  it('Business Starter: who joined, and that Google made nothing (the empty answer and the unconfirmed 403 alike)', () => {
    for (const editionLacksArtifacts of ['empty', 'permissionDenied'] as const) {
      const starter = organizer(
        { account: { ...WORKSPACE, edition: 'businessStarter' }, conferenceRecords: { editionLacksArtifacts } },
        { artifacts: false },
      );
      starter.open().click('After the meeting');
      const text = starter.host.text();
      expect(text).toContain('Who joined (5)');
      expect(text).toContain(
        editionLacksArtifacts === 'empty'
          ? 'Google made no recording, transcript or Gemini notes for this meeting. Some editions, such as Business Starter'
          : 'Recording\nGoogle did not share it with MeetLink: your edition or organization may not make it.',
      );
      expect(text).not.toContain('That didn’t work');
    }
  });

  it('someone else’s meeting the person did not join: only its organizer and the people who joined can see it', () => {
    const { host, runtime, me } = openAddOn({ account: WORKSPACE });
    const event = runtime.calendar.seedEvent(
      me,
      {
        summary: 'Their review',
        organizerEmail: 'lin.organizer@example.org',
        start: { dateTime: new Date(YESTERDAY).toISOString() },
        end: { dateTime: new Date(YESTERDAY + HOUR).toISOString() },
      },
      { withMeet: true },
    );
    runtime.conferenceRecords.seed({
      space: event.conferenceData!.conferenceId!,
      start: YESTERDAY,
      end: YESTERDAY + HOUR,
      participants: [{ signedIn: { displayName: 'Lin', email: 'lin.organizer@example.org' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] }],
    });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.buttons()).toEqual(['Open in Meet', 'After the meeting']);
    host.click('After the meeting');
    expect(host.text()).toContain(
      'Google shares who joined and what it made only with the organizer (lin.organizer@example.org) and the people who joined: ask the organizer.',
    );
  });

  it('an account Google refuses the Meet API, and Meet not answering: words, and Refresh where pressing again can help', () => {
    const refused = organizer({ account: { ...WORKSPACE, kind: 'consumer', email: 'ada@lovelace.example' } });
    refused.open().click('After the meeting');
    expect(refused.host.text()).toContain('Google does not let MeetLink read its records of your meetings');
    const down = organizer();
    down.runtime.faults.inject({ api: 'meet.conferenceRecords.list', error: 'serviceUnavailable', times: 'always' });
    down.open().click('After the meeting');
    expect(down.host.text()).toContain('Google Meet is not answering right now. Press Refresh in a few minutes.');
    expect(down.host.buttons()).toEqual(['Refresh']);
    down.runtime.faults.clear();
    down.host.click('Refresh');
    expect(down.host.text()).toContain('Who joined (5)');
  });

  it('slow Google (4 s a call): the names first, and the part not read is said to be not read', () => {
    const { host, open, runtime } = organizer({ latencyMs: 4000 });
    open();
    const t0 = runtime.clock.now();
    host.click('After the meeting');
    expect(runtime.clock.now() - t0).toBeLessThanOrEqual(25_000);
    const text = host.text();
    expect(text).toContain('Google answered slowly, so some parts below were not read. Press Refresh to read them.');
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Gemini notes\nNot read: Google answered too slowly. Press Refresh.');
  });
});

describe('hostile values from Google are text, and only Google’s own https files are links', () => {
  it('a participant called <img onerror=…>, a title with markup, and export URIs that are not Google’s', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { host, open, runtime, past } = organizer(
      {},
      {
        title: '<b>Review</b> & "plans"',
        participants: [
          { signedIn: { displayName: evil, email: 'eve@example.com' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
          { anonymous: { displayName: '<a href="https://evil.example">click</a>' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
        ],
        artifacts: false,
      },
    );
    runtime.conferenceRecords.seed({
      space: past.code,
      start: YESTERDAY + 2 * MINUTE,
      end: YESTERDAY + 50 * MINUTE,
      participants: [
        { signedIn: { displayName: evil, email: WORKSPACE.email }, sessions: [{ from: YESTERDAY + 2 * MINUTE, to: YESTERDAY + 50 * MINUTE }] },
      ],
      recordings: [{ state: 'FILE_GENERATED', from: YESTERDAY, exportUri: 'javascript:alert(1)' }],
      transcripts: [{ state: 'FILE_GENERATED', from: YESTERDAY, exportUri: 'https://evil.example/doc' }],
    });
    open().click('After the meeting');
    const raw = rawTexts(host.card).join('\n');
    expect(raw).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(raw).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt; (not signed in)');
    expect(raw).not.toMatch(/<img|<a href="https:\/\/evil|javascript:/);
    expect(host.card.header.subtitle).toBe('<b>Review</b> & "plans"'); // a header is plain text, never HTML
    host.click('Show');
    expect(host.text()).toContain('Who joined (1)');
    expect(host.text()).toContain('Recording\nReady, but Google gave no link to it.\nTranscript\nReady, but Google gave no link to it.');
    expect(rawTexts(host.card).join('\n')).not.toMatch(/javascript:|evil\.example\/doc"/);
  });
});

describe('the recap, from Gmail’s compose window', () => {
  function composing(options: RuntimeOptions = {}) {
    const opened = organizer(options);
    opened.host.compose();
    return opened;
  }

  it('lists the recent meetings (one Calendar call), then fills To, the subject and the recap (the same reads, no write)', () => {
    const { host, calendarCalls, meetCalls, resetLog, past } = composing();
    expect(host.buttons()).toContain('Recap a recent meeting');
    resetLog();
    host.click('Recap a recent meeting');
    expect(host.text()).toContain('Design review\nSun, Nov 22, 10:00 AM');
    expect(calendarCalls()).toEqual(['calendar.events.list 200']);
    resetLog();
    host.draft = { body: 'Hi all,', cursor: 7 };
    host.click('Recap');
    expect(host.errors).toEqual([]);
    expect(host.draft.to).toEqual(['ada.lovelace@example.com', 'ben.okafor@partner.example', 'carmen@partner.example', 'dev.patel@example.com']);
    expect(host.draft.subject).toBe('Recap: Design review');
    expect(host.draft.body).toBe(
      // Guests may be anywhere: the meeting's time with its zone, as a reply says it.
      'Hi all,\nRecap of “Design review”, Sunday, November 22 at 10:00 AM EST.\n' +
        'Joined (5): Grace Hopper, Carmen Díaz, Ben Okafor, Ada Lovelace, and 1 phone caller\n' +
        `Recording: https://drive.google.com/file/d/rec-${past.code}/view\n` +
        'Transcript: Google is still preparing it.\n' +
        `Gemini notes: https://docs.google.com/document/d/notes-${past.code}/view\n`,
    );
    expect(host.draftInserts.at(-1)!.contentType).toBe('TEXT');
    expect(calendarCalls()).toEqual(['calendar.events.get 200']);
    expect(meetCalls()).toEqual(['list 200', 'participants.list 200', 'recordings.list 200', 'transcripts.list 200', 'smartNotes.list 200']);
    expect(host.runtime.log.calls.filter((c) => /insert|patch|delete|create/.test(c.api))).toEqual([]);
  });

  it('rich text: names escaped, Google’s files as links; and nothing of the recap is logged', () => {
    const evil = '<script>x</script> Ada';
    const { host, runtime } = openAddOn({ account: WORKSPACE });
    seedPastMeeting(runtime, {
      start: YESTERDAY,
      title: 'Q&A <i>',
      participants: [{ signedIn: { displayName: evil, email: 'ada.lovelace@example.com' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] }],
    });
    host.universal('Settings').input('format', 'html').click('Save');
    host.compose().click('Recap a recent meeting').click('Recap');
    expect(host.draft.subject).toBe('Recap: Q&A <i>'); // a subject is plain text
    expect(host.draftInserts.at(-1)!.contentType).toBe('MUTABLE_HTML');
    expect(host.draft.body).toContain('Recap of “Q&amp;A &lt;i&gt;”');
    expect(host.draft.body).toContain('&lt;script&gt;x&lt;/script&gt; Ada');
    expect(host.draft.body).toMatch(/<a href="https:\/\/drive\.google\.com\/file\/d\/rec-[a-z-]+\/view">Recording<\/a>/);
    expect(host.draft.body).not.toContain('<script>');
    // A failure logs its kind only, never a name or a title.
    runtime.faults.inject({ api: 'calendar.events.get', error: 'authError', times: 'always' });
    host.click('Recap');
    const logs = runtime.services.logs.join('\n');
    expect(logs).toContain('the recap was not inserted');
    expect(logs).not.toMatch(/Ada|Q&A|script|Design review|Lovelace/);
  });

  it('a meeting Google has no record of: a notification, and nothing inserted', () => {
    const { host, runtime, me } = openAddOn({ account: WORKSPACE });
    runtime.calendar.seedEvent(
      me,
      { summary: 'Nobody came', start: { dateTime: new Date(YESTERDAY).toISOString() }, end: { dateTime: new Date(YESTERDAY + HOUR).toISOString() } },
      { withMeet: true },
    );
    host.compose().click('Recap a recent meeting').click('Recap');
    expect(host.notifications.at(-1)).toContain('Google has no record of this meeting');
    expect(host.draft.body).toBe('');
    expect(host.draft.to).toBeUndefined();
  });

  it('slow Google: a recap that would miss a part is not inserted, and the person is told to press again', () => {
    const { host, runtime } = composing({ latencyMs: 4000 });
    host.click('Recap a recent meeting').click('Recap');
    expect(host.notifications.at(-1)).toBe('Google answered too slowly, so MeetLink inserted nothing. Press Recap again.');
    expect(host.draft).toEqual({ body: '', cursor: 0 });
    runtime.settings.latencyMs = 100;
    host.click('Recap');
    expect(host.draft.subject).toBe('Recap: Design review');
  });

  it('free Gmail: the compose card says why there is no recap, with no call', () => {
    const { host, runtime } = openAddOn({ account: CONSUMER });
    host.compose().click('Recap a recent meeting');
    expect(host.text()).toContain('On a personal Google account');
    expect(runtime.log.calls).toEqual([]);
  });

  it('from Calendar, the card says how to get the recap into an email', () => {
    const { host, open } = organizer();
    open().click('After the meeting');
    expect(host.text()).toContain('start a new email in Gmail, open MeetLink beside it and choose Recap a recent meeting');
  });
});

describe.each(LOCALES.map((l) => [l]))('in %s', (locale) => {
  const m = (key: string) => readCatalogue(locale as Locale)[key]!;
  it('the view and the recap speak the person’s language, with times in their zone', () => {
    const opened = openAddOn({ account: { ...WORKSPACE, locale, timeZone: 'Europe/Berlin' } });
    const past = seedPastMeeting(opened.runtime, { start: YESTERDAY });
    opened.host.openEvent({ calendarId: opened.me, id: past.event.id! }).click(m('afterMeeting'));
    const text = opened.host.text();
    expect(text).toContain(m('afterMadeTitle'));
    expect(text).toContain(m('afterAbsentTitle'));
    expect(text).toContain(m('afterLate'));
    expect(text).toContain(m('afterLeftEarly'));
    expect(text).toContain(m('afterRecording'));
    // 16:12 in Berlin, Ada's first join (15:12 UTC), in the language's own clock.
    expect(text).toMatch(locale === 'en' ? /4:12\sPM/ : /16:12/);
    opened.host.compose().click(m('recentTitle')).click(m('recapButton'));
    expect(opened.host.draft.subject).toBe(m('recapSubject').replace('{title}', 'Design review'));
    expect(opened.host.draft.body).toContain('Ada Lovelace');
    // The recap goes to guests anywhere: its time names the zone (Berlin in November: CET, MEZ, UTC+1, GMT+1…).
    expect(opened.host.draft.body).toMatch(/(CET|MEZ|UTC\+1|GMT\+1)/);
  });
});

describe('without the person’s zone (script.locale unticked, Google sends none)', () => {
  it('After the meeting and the recent meetings name the zone their times are in, as the homepage does', () => {
    const { host, open, runtime } = organizer();
    runtime.consent.untick('https://www.googleapis.com/auth/script.locale');
    open().click('After the meeting');
    // Yesterday 10:00 in New York is 15:00 UTC, the script's zone: said, so nobody reads it as their own.
    expect(host.text()).toContain('Sun, Nov 22, 2:58 PM–4:00 PM (Coordinated Universal Time)');
    host.compose().click('Recap a recent meeting');
    expect(host.text()).toContain('Design review\nSun, Nov 22, 3:00 PM (Coordinated Universal Time)');
  });
});

describe('Japanese, After the meeting', () => {
  it('joins a participant’s times and marks with ・, as every other Japanese line does, never with ·', () => {
    const opened = openAddOn({ account: { ...WORKSPACE, locale: 'ja', timeZone: 'Asia/Tokyo' } });
    const past = seedPastMeeting(opened.runtime, { start: YESTERDAY });
    opened.host.openEvent({ calendarId: opened.me, id: past.event.id! }).click(readCatalogue('ja').afterMeeting!);
    const text = opened.host.text();
    expect(text).not.toContain('·');
    // Carmen: her span, its length and "left early", in one line.
    expect(text).toMatch(/Carmen Díaz\n\d\d:\d\d～\d\d:\d\d・39 分・途中で退出/);
  });
});
