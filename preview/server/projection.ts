/** What the page shows, projected from the runtime and the host: the state every answer carries. */
import { clickables, type Json } from '../../offline/card-query';
import { emailOf } from '../../offline/gmail/recipients';
import type { AddOnHost } from '../../offline/host';
import { CONSUMER, WORKSPACE, type OfflineRuntime } from '../../offline/runtime';
import type { EventRow, MailRow, OpenedDraft, PreviewContext, PreviewState, StudioExample, StudioRunView, StudioStepView } from '../protocol';
import type { InboxEntry } from './mailbox';
import type { FaultSwitches } from '../faults';
import { meetingState } from './meeting';
import { CONSENT_SWITCHES } from '../controls';

export interface Projected {
  runtime: OfflineRuntime;
  host: AddOnHost;
  context: PreviewContext;
  faults: FaultSwitches;
  bundle: PreviewState['bundle'];
  /** The account's inbox, and how many drafts were open before the open message was opened. */
  mail: { inbox: InboxEntry[]; draftBase: number };
  failure?: string;
  studioRun?: StudioRunView;
  /** Which card is on top (PreviewState host.cardId). */
  cardId: string;
  edition: PreviewState['edition'];
}

export function projectState({ runtime, host, context, faults, bundle, mail, failure, studioRun, cardId, edition }: Projected): PreviewState {
  const manifest = runtime.manifest.addOns;
  const account = runtime.settings.account;
  const meeting = meetingState(runtime);
  const reply = context.kind === 'message' ? host.openedDrafts.slice(mail.draftBase).at(-1) : undefined;
  return {
    bundle,
    addOn: {
      name: manifest.common?.name ?? 'Add-on',
      logoUrl: manifest.common?.logoUrl,
      universalActions: (manifest.common?.universalActions ?? []).map((a: Json) => a.label),
      composeAction: manifest.gmail?.composeTrigger?.selectActions?.[0]?.text ?? 'Compose action',
    },
    host: {
      app: host.hostApp,
      context: context.kind,
      ...(context.kind === 'event' ? { event: context.event } : {}),
      card: host.card ? tagClickables(host.card) : null,
      depth: host.stack.length,
      cardId,
      draft: { ...host.draft },
      ...(context.kind === 'message' ? { message: context.messageId } : {}),
      ...(reply ? { reply: openedDraft(reply) } : {}),
    },
    mail: { messages: mailRows(runtime, mail.inbox) },
    calendar: { calendarId: account.email, events: eventRows(runtime, account.email) },
    account: { kind: account.kind, email: account.email, timeZone: account.timeZone, locale: account.locale },
    ...(meeting ? { meeting } : {}),
    accounts: [CONSUMER, WORKSPACE].map(({ kind, email }) => ({ kind, email })),
    edition,
    latencyMs: runtime.settings.latencyMs,
    faults: { ...faults },
    consent: Object.fromEntries(CONSENT_SWITCHES.map(({ key }) => [key, runtime.consent.isGranted(key)])),
    rules: runtime.faults.list(),
    log: runtime.log.calls.slice(-300),
    errors: host.errors.slice(-20),
    now: new Date(runtime.clock.now()).toISOString(),
    ...(failure ? { failure } : {}),
    studio: { steps: studioSteps(runtime), ...(studioRun ? { lastRun: studioRun } : {}) },
  };
}

/** The Workspace Studio steps the manifest declares, with their typed inputs and outputs. */
function studioSteps(runtime: OfflineRuntime): StudioStepView[] {
  const variables = (list: Json[] | undefined) =>
    (list ?? []).map((v) => ({ id: String(v.id), type: String(v.dataType?.basicType ?? ''), description: String(v.description ?? '') }));
  return (runtime.manifest.addOns?.flows?.workflowElements ?? []).map((e: Json) => {
    const inputs = variables(e.workflowAction?.inputs);
    return { id: String(e.id), name: String(e.name), inputs, outputs: variables(e.workflowAction?.outputs), examples: pastMeetings(runtime, inputs) };
  });
}

/** Google keeps a meeting's records for 30 days after it (Meet conference records' expireTime). */
const RECORDS_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * For a step that takes a meeting (inputs `eventId` and `meeting`, as After the meeting has): the account's own
 * meetings with a Google Meet that ended in the last 30 days, newest first, each as its event and as its Meet link,
 * which is what a Calendar starter or an earlier step would pass. Read from the offline calendar, not through the
 * add-on: no call is logged.
 */
function pastMeetings(runtime: OfflineRuntime, inputs: { id: string }[]): StudioExample[] {
  const ids = new Set(inputs.map((i) => i.id));
  if (!ids.has('eventId') || !ids.has('meeting')) return [];
  const now = runtime.clock.now();
  const ended = (e: Json) => Date.parse(e.end?.dateTime ?? e.end?.date ?? '');
  return runtime.calendar
    .events(runtime.settings.account.email)
    .filter((e: Json) => e.status !== 'cancelled' && e.conferenceData?.conferenceId && ended(e) < now && now - ended(e) < RECORDS_KEPT_MS)
    .sort((a: Json, b: Json) => ended(b) - ended(a))
    .slice(0, 3)
    .flatMap((e: Json): StudioExample[] => [
      { label: `${e.summary ?? e.id} (event)`, values: { eventId: String(e.id) } },
      { label: `${e.summary ?? e.id} (Meet link)`, values: { meeting: `https://meet.google.com/${e.conferenceData.conferenceId}` } },
    ]);
}

/** A copy of a card whose clickables carry their index in clickables(card) and label as onClick.__i/__label. */
export function tagClickables(card: Json): Json {
  const copy = JSON.parse(JSON.stringify(card));
  clickables(copy).forEach((c, i) => {
    c.onClick.__i = i;
    c.onClick.__label = c.label;
  });
  return copy;
}

const HOUR_MINUTE = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
/** "09:30" in the account's zone, as both hosts list times. */
const clockTime = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, ...HOUR_MINUTE });

/** How the Calendar host names an event that is not a default one (the event types of the Calendar API). */
const EVENT_KINDS: Record<string, string> = {
  focusTime: 'Focus time',
  outOfOffice: 'Out of office',
  workingLocation: 'Working location',
  birthday: 'Birthday',
  fromGmail: 'From Gmail',
};

/** Midnight of a calendar date (YYYY-MM-DD) in a time zone, as ms since the epoch: where an all-day event starts there. */
function midnightIn(date: string, timeZone: string): number {
  const utc = Date.parse(`${date}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', ...HOUR_MINUTE }).formatToParts(utc);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const wall = Date.parse(`${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:00Z`);
  return utc - (wall - utc);
}

function eventRows(runtime: OfflineRuntime, calendarId: string): EventRow[] {
  const timeZone = runtime.settings.account.timeZone;
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', ...HOUR_MINUTE });
  // An all-day event has a date, not an instant: it is that day wherever the person is.
  const dayOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
  const time = clockTime(timeZone);
  return runtime.calendar
    .events(calendarId)
    .map((event): EventRow => {
      const allDay = Boolean(event.start?.date && !event.start.dateTime);
      const start = allDay ? midnightIn(event.start!.date!, timeZone) : Date.parse(event.start?.dateTime ?? '');
      const end = Date.parse(event.end?.dateTime ?? '');
      const organizer = event.organizer?.email ?? calendarId;
      const kind = EVENT_KINDS[event.eventType ?? 'default'];
      const when = allDay
        ? `${dayOnly.format(Date.parse(`${event.start!.date}T00:00:00Z`))}, all day`
        : Number.isNaN(start)
          ? ''
          : `${format.format(start)}${Number.isNaN(end) ? '' : `–${time.format(end)}`}`;
      return {
        calendarId,
        id: event.id!,
        summary: event.summary || '(No title)',
        when,
        start,
        organizer,
        organizedByMe: organizer === calendarId,
        recurring: Boolean(event.recurringEventId || event.recurrence?.length),
        guests: (event.attendees ?? []).map((a) => a.email ?? '').filter((email) => email && email !== calendarId),
        conference: conferenceOf(event.conferenceData),
        ...(kind ? { kind } : {}),
      };
    })
    .sort((a, b) => a.start - b.start);
}

function openedDraft(draft: OpenedDraft): OpenedDraft {
  const { id, to, cc, subject, body, htmlBody } = draft;
  return { id, to, cc, subject, body, ...(htmlBody !== undefined ? { htmlBody } : {}) };
}

function mailRows(runtime: OfflineRuntime, inbox: InboxEntry[]): MailRow[] {
  const timeZone = runtime.settings.account.timeZone;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = clockTime(timeZone);
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' });
  const today = day.format(runtime.clock.now());
  return inbox.flatMap(({ id, unread }): MailRow[] => {
    const message = runtime.gmail.peek(id);
    if (!message || message.deleted) return [];
    const name = /^\s*"?([^"<]*?)"?\s*</.exec(message.from)?.[1];
    return [
      {
        id,
        from: name || message.from,
        fromAddress: emailOf(message.from),
        to: message.to,
        ...(message.cc ? { cc: message.cc } : {}),
        subject: message.subject,
        body: message.plainBody,
        when: day.format(message.date) === today ? time.format(message.date) : date.format(message.date),
        unread,
      },
    ];
  });
}

/** A conference link the page may draw as a link: https only (a `javascript:` or `data:` uri from the event is text at most). */
const httpsOnly = (uri: unknown): { uri: string } | Record<string, never> =>
  typeof uri === 'string' && /^https:\/\//i.test(uri.trim()) ? { uri: uri.trim() } : {};

/** How the Calendar host lists an event's conference. */
export function conferenceOf(data: Json): EventRow['conference'] {
  if (!data) return { kind: 'none', label: 'No conference' };
  const status = data.createRequest?.status?.statusCode;
  if (!data.conferenceSolution && status === 'pending') return { kind: 'pending', label: 'Meet: being created…' };
  if (!data.conferenceSolution && status === 'failure') return { kind: 'failed', label: 'Meet: creation failed' };
  const video = (data.entryPoints ?? []).find((e: Json) => e.entryPointType === 'video');
  if (data.conferenceSolution?.key?.type === 'hangoutsMeet') {
    return { kind: 'meet', label: `Meet: ${data.conferenceId ?? video?.label ?? '?'}`, ...httpsOnly(video?.uri) };
  }
  const name = String(data.conferenceSolution?.name ?? 'Conference').replace(/ Meeting$/, '');
  return { kind: 'other', label: name, ...httpsOnly(video?.uri) };
}
