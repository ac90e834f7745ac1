/**
 * The preview page: a pretend Gmail or Calendar on the left, the add-on's side panel in the middle (cards
 * from the real bundle, drawn by card.ts), and the developer panel on the right (simulated account, latency,
 * faults and the log of every call to Google). Every action goes to the server (preview/server.ts), which runs
 * it in the offline host and answers with the whole state.
 */
import type { ActionResult, EventRow, FaultKey, PreviewState } from '../server';
import { renderCard, type Json } from './card';
import { ICONS, append, h, svgIcon, type Child } from './dom';
import { GALLERY_CARD } from './gallery';
import { richText } from './sanitize';

type Result = PreviewState & Partial<ActionResult>;

const params = new URLSearchParams(location.search);
const gallery = params.has('gallery');
/** ?clean: no developer panel and no preview badges (for screenshots). */
const clean = params.has('clean');
if (clean) document.body.classList.add('clean');

const ui = {
  state: null as Result | null,
  busy: false,
  composeOpen: false,
  compose: { to: 'team@example.com', subject: 'Catch-up', body: '', cursor: 0 },
  selectedMessage: -1,
  newEvent: null as null | { summary: string },
  expanded: new Set<string>(),
  cardSignature: '',
  menuOpen: false,
  devtools:
    clean || params.get('devtools') === '0' ? false : params.get('devtools') === '1' ? true : localStorage.getItem('meetlink.devtools') !== '0',
  banner: '' as string,
};

const $ = (id: string) => document.getElementById(id)!;
function replace(el: HTMLElement, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

// ---------------------------------------------------------------------------------------------------------
// Talking to the server.

async function api(path: string, body: Json = {}): Promise<void> {
  if (ui.busy) return;
  ui.busy = true;
  setBusy(true);
  try {
    const payload = { inputs: collectInputs(), ...(ui.composeOpen ? { draft: readDraft() } : {}), ...body };
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
    const data = await response.json();
    if (!response.ok) {
      ui.banner = data.error ?? `The preview server answered ${response.status}.`;
      await refresh();
      return;
    }
    apply(data as ActionResult);
  } catch (error) {
    ui.banner = `The preview server cannot be reached (${error instanceof Error ? error.message : String(error)}). Is npm start still running?`;
    render();
  } finally {
    ui.busy = false;
    setBusy(false);
  }
}

async function refresh(): Promise<void> {
  const response = await fetch('/api/state');
  apply((await response.json()) as PreviewState);
}

function apply(result: Result): void {
  const previous = ui.state;
  ui.state = result;
  if (result.failure) ui.banner = result.failure;
  else if (result.notifications !== undefined) ui.banner = '';
  if (result.host.context === 'compose' || ui.composeOpen) {
    const draft = result.host.draft;
    if (result.host.context === 'compose' && (draft.body !== ui.compose.body || draft.cursor !== ui.compose.cursor)) {
      ui.compose.body = draft.body;
      ui.compose.cursor = draft.cursor;
    }
  }
  if (previous && previous.host.app !== result.host.app) ui.menuOpen = false;
  for (const text of result.notifications ?? []) toast(text);
  for (const url of result.openedLinks ?? []) toast(`Opened ${url} in a new tab`);
  render();
}

/** Values of the sidebar's fields, as Google sends them in formInputs (name → values). */
function collectInputs(): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('#sidebar [data-field]'))) {
    const name = el.dataset.field!;
    values[name] ??= [];
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.checked) values[name]!.push(el.value);
    } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      if (el.value !== '') values[name]!.push(el.value);
    }
  }
  return values;
}

function readDraft(): { body: string; cursor: number } {
  const area = document.getElementById('draft-body') as HTMLTextAreaElement | null;
  if (!area) return { body: ui.compose.body, cursor: ui.compose.cursor };
  return { body: area.value, cursor: area.selectionStart ?? area.value.length };
}

function press(onClick: Json): void {
  if (gallery) return toast(`Pressed: ${onClick?.action?.function ?? onClick?.openLink?.url ?? '?'}`);
  if (onClick?.openLink?.url && /^https?:/i.test(onClick.openLink.url)) {
    // Opened now, inside the click, so the browser allows it; the host records it too.
    window.open(onClick.openLink.url, '_blank', 'noopener');
  }
  void api('/api/click', { index: onClick.__i, label: onClick.__label });
}

function change(name: string): void {
  if (gallery) return toast(`Changed: ${name}`);
  const value = collectInputs()[name] ?? [];
  void api('/api/change', { name, value });
}

// ---------------------------------------------------------------------------------------------------------
// Rendering, keeping keyboard focus where it was.

function render(): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active?.dataset?.key;
  const inSidebar = Boolean(active && $('sidebar').contains(active));
  const selection = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : null;
  const card = currentCard();
  const signature = JSON.stringify(card) + ':' + (ui.state?.host.depth ?? 0);
  const cardChanged = signature !== ui.cardSignature;
  if (cardChanged) {
    ui.expanded.clear();
    ui.cardSignature = signature;
  }

  document.body.classList.toggle('devtools-open', ui.devtools);
  renderTopbar();
  renderHost();
  renderSidebar(card);
  renderDevtools();

  if (inSidebar && cardChanged) {
    (document.getElementById('card-title') ?? document.querySelector<HTMLElement>('#sidebar .card button, #sidebar .card input'))?.focus();
  } else if (key) {
    const el = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (el && !(el as HTMLButtonElement).disabled) {
      el.focus({ preventScroll: true });
      if (selection && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.type !== 'checkbox' && el.type !== 'radio') {
        el.setSelectionRange(selection[0], selection[1]);
      }
    }
  }
}

function currentCard(): Json {
  return gallery ? GALLERY_CARD : (ui.state?.host.card ?? null);
}

function setBusy(busy: boolean): void {
  const sidebar = document.getElementById('sidebar');
  if (!sidebar) return;
  sidebar.setAttribute('aria-busy', String(busy));
  sidebar.classList.toggle('busy', busy);
  const progress = document.getElementById('progress');
  if (progress) progress.hidden = !busy;
}

function renderTopbar(): void {
  const state = ui.state;
  const app = state?.host.app ?? 'GMAIL';
  const tab = (name: 'GMAIL' | 'CALENDAR', label: string, icon: string) =>
    h(
      'button',
      {
        type: 'button',
        class: `host-tab ${app === name ? 'active' : ''}`,
        'aria-pressed': String(app === name),
        'data-key': `tab:${name}`,
        on: { click: () => switchApp(name) },
      },
      svgIcon(ICONS[icon]!, undefined, 18),
      label,
    );
  const bundle = state?.bundle;
  const top = $('topbar');
  replace(
    top,
    h(
      'div',
      { class: 'brand' },
      h('span', { class: 'brand-logo' }, svgIcon(ICONS.video_call!, undefined, 22)),
      h('span', null, 'MeetLink'),
      h('span', { class: 'brand-sub' }, 'local preview'),
    ),
    h('nav', { class: 'host-tabs', 'aria-label': 'Google app' }, tab('GMAIL', 'Gmail', 'email'), tab('CALENDAR', 'Calendar', 'event')),
    h('div', { class: 'spacer' }),
    state
      ? h(
          'div',
          { class: 'account-chip', title: 'Simulated account' },
          h('span', { class: 'avatar' }, state.account.email[0]!.toUpperCase()),
          h('span', null, state.account.email),
          h('span', { class: `kind ${state.account.kind}` }, state.account.kind === 'workspace' ? 'Workspace' : 'Free Gmail'),
        )
      : null,
    bundle
      ? h(
          'div',
          {
            class: `bundle-badge ${bundle.error ? 'error' : ''}`,
            role: 'status',
            title: bundle.error ?? `build/Code.js loaded at ${bundle.builtAt}`,
          },
          bundle.error ? 'Build failed' : `Bundle v${bundle.version}`,
        )
      : null,
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-text devtools-toggle',
        'aria-pressed': String(ui.devtools),
        'aria-controls': 'devtools',
        'data-key': 'devtools-toggle',
        on: {
          click: () => {
            ui.devtools = !ui.devtools;
            localStorage.setItem('meetlink.devtools', ui.devtools ? '1' : '0');
            render();
          },
        },
      },
      svgIcon(ICONS.settings!, undefined, 18),
      'Developer panel',
    ),
  );
}

function switchApp(app: 'GMAIL' | 'CALENDAR'): void {
  ui.newEvent = null;
  if (gallery) return;
  void api('/api/homepage', { app });
}

// ----- the host app (Gmail or Calendar) -------------------------------------------------------------------

const INBOX = [
  {
    from: 'Sam Okafor',
    subject: 'Sync next week?',
    snippet: 'Could we find 30 minutes to go over the launch plan before Friday?',
    time: '10:42',
    unread: true,
  },
  {
    from: 'Lin Chen',
    subject: 'Review notes for Thursday',
    snippet: 'I added comments on the onboarding flow. The main open question is…',
    time: '09:15',
    unread: true,
  },
  {
    from: 'Priya Shah',
    subject: 'Re: Quarterly planning agenda',
    snippet: 'Thanks! I moved the budget item to the second half so we have time for…',
    time: 'Yesterday',
    unread: false,
  },
  {
    from: 'Google Calendar',
    subject: 'Invitation: Weekly team sync',
    snippet: 'You have been invited to the following event. Join with Google Meet…',
    time: 'Yesterday',
    unread: false,
  },
  {
    from: 'Marta Ruiz',
    subject: 'Photos from the offsite',
    snippet: 'Here are the photos from last week. The one by the lake is my favourite.',
    time: 'Nov 19',
    unread: false,
  },
];

function renderHost(): void {
  const host = $('host');
  const app = ui.state?.host.app ?? 'GMAIL';
  host.className = `host host-${app.toLowerCase()}`;
  host.setAttribute('aria-label', app === 'GMAIL' ? 'Gmail (simulated)' : 'Google Calendar (simulated)');
  if (gallery) {
    host.replaceChildren(
      h(
        'div',
        { class: 'gallery-note' },
        h('h1', null, 'Card gallery'),
        h(
          'p',
          null,
          'The side panel shows a fixture card with every widget the preview can draw. Open the preview without ?gallery for MeetLink itself.',
        ),
      ),
    );
    return;
  }
  host.replaceChildren(...(app === 'GMAIL' ? gmail() : calendar()));
}

function gmail(): Node[] {
  const nav = h(
    'div',
    { class: 'gm-nav' },
    h(
      'button',
      { type: 'button', class: 'gm-compose', 'data-key': 'compose-open', on: { click: openCompose } },
      svgIcon(ICONS.edit!, undefined, 20),
      'Compose',
    ),
    h(
      'ul',
      { class: 'gm-folders' },
      ['Inbox', 'Starred', 'Sent', 'Drafts'].map((name, i) =>
        h(
          'li',
          { class: i === 0 ? 'active' : '' },
          svgIcon(ICONS[i === 0 ? 'inbox' : i === 1 ? 'star' : i === 2 ? 'send' : 'description']!, undefined, 18),
          h('span', null, name),
          i === 0 ? h('b', null, '2') : null,
        ),
      ),
    ),
  );
  const list = h(
    'div',
    { class: 'gm-main' },
    h(
      'div',
      { class: 'host-toolbar' },
      h('div', { class: 'gm-search' }, svgIcon(ICONS.search!, undefined, 20), h('span', null, 'Search mail')),
      h(
        'button',
        { type: 'button', class: 'btn btn-tonal narrow-only', 'data-key': 'compose-open-narrow', on: { click: openCompose } },
        svgIcon(ICONS.edit!, undefined, 18),
        'Compose',
      ),
    ),
    h(
      'ul',
      { class: 'gm-list', 'aria-label': 'Inbox' },
      INBOX.map((m, i) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: `gm-row ${m.unread ? 'unread' : ''} ${ui.selectedMessage === i ? 'selected' : ''}`,
              'data-key': `message:${i}`,
              on: {
                click: () => {
                  ui.selectedMessage = ui.selectedMessage === i ? -1 : i;
                  render();
                },
              },
            },
            h('span', { class: 'gm-from' }, m.from),
            h('span', { class: 'gm-subject' }, h('b', null, m.subject), h('span', { class: 'gm-snippet' }, ` — ${m.snippet}`)),
            h('span', { class: 'gm-time' }, m.time),
          ),
        ),
      ),
    ),
    ui.selectedMessage >= 0
      ? h(
          'article',
          { class: 'gm-reading' },
          h('h2', null, INBOX[ui.selectedMessage]!.subject),
          h('div', { class: 'gm-reading-from' }, INBOX[ui.selectedMessage]!.from),
          h('p', null, INBOX[ui.selectedMessage]!.snippet),
        )
      : null,
  );
  return [nav, list, ui.composeOpen ? composeWindow() : null].filter(Boolean) as Node[];
}

function openCompose(): void {
  ui.composeOpen = true;
  render();
  document.getElementById('draft-body')?.focus();
}

function closeCompose(): void {
  ui.composeOpen = false;
  if (ui.state?.host.context === 'compose') void api('/api/homepage', { app: 'GMAIL' });
  else render();
}

function composeWindow(): HTMLElement {
  const state = ui.state;
  const body = h('textarea', {
    id: 'draft-body',
    class: 'cw-body',
    'aria-label': 'Message body',
    'data-key': 'draft-body',
    placeholder: 'Write your message…',
    on: {
      input: (e: Event) => {
        ui.compose.body = (e.target as HTMLTextAreaElement).value;
      },
      select: syncCursor,
      keyup: syncCursor,
      click: syncCursor,
    },
  });
  body.value = ui.compose.body;
  queueMicrotask(() => body.setSelectionRange(ui.compose.cursor, ui.compose.cursor));
  const hasHtml = /<[a-z][^>]*>/i.test(ui.compose.body);
  return h(
    'section',
    { class: 'compose-window', 'aria-label': 'New message' },
    h(
      'header',
      { class: 'cw-title' },
      h('span', null, 'New message'),
      h(
        'button',
        { type: 'button', class: 'icon-button light', 'aria-label': 'Close compose', 'data-key': 'compose-close', on: { click: closeCompose } },
        svgIcon(ICONS.close!, undefined, 18),
      ),
    ),
    h(
      'label',
      { class: 'cw-field' },
      h('span', null, 'To'),
      h('input', {
        type: 'text',
        value: ui.compose.to,
        'data-key': 'compose-to',
        on: { input: (e: Event) => (ui.compose.to = (e.target as HTMLInputElement).value) },
      }),
    ),
    h(
      'label',
      { class: 'cw-field' },
      h('span', null, 'Subject'),
      h('input', {
        type: 'text',
        value: ui.compose.subject,
        'data-key': 'compose-subject',
        on: { input: (e: Event) => (ui.compose.subject = (e.target as HTMLInputElement).value) },
      }),
    ),
    body,
    hasHtml
      ? h(
          'div',
          { class: 'cw-html', 'aria-label': 'How the formatted text looks' },
          h('div', { class: 'cw-html-label' }, 'Formatted view'),
          richText(ui.compose.body.replace(/\n/g, '<br>')),
        )
      : null,
    h(
      'footer',
      { class: 'cw-toolbar' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-filled cw-send',
          'data-key': 'compose-send',
          on: {
            click: () => {
              toast('Not sent: the preview has no outbox. Your draft was discarded.');
              ui.compose.body = '';
              ui.compose.cursor = 0;
              closeCompose();
            },
          },
        },
        'Send',
      ),
      h('div', { class: 'spacer' }),
      h(
        'button',
        {
          type: 'button',
          class: `cw-addon ${state?.host.context === 'compose' ? 'active' : ''}`,
          title: `${state?.addOn.name ?? 'Add-on'}: ${state?.addOn.composeAction ?? ''}`,
          'aria-label': `Open ${state?.addOn.name ?? 'the add-on'} for this draft`,
          'data-key': 'compose-addon',
          on: { click: () => void api('/api/compose', { draft: readDraft() }) },
        },
        svgIcon(ICONS.video_call!, undefined, 20),
        h('span', null, state?.addOn.name ?? 'Add-on'),
      ),
    ),
  );
}

function syncCursor(e: Event): void {
  const area = e.target as HTMLTextAreaElement;
  ui.compose.cursor = area.selectionStart ?? 0;
}

function calendar(): Node[] {
  const state = ui.state!;
  const open = state.host.context === 'event' ? state.host.event : undefined;
  const events = state.calendar.events;
  const day = (row: EventRow) => row.when.split(',')[0] ?? '';
  const days = [...new Set(events.map(day))];
  const newEvent = () => {
    ui.newEvent = { summary: '' };
    void api('/api/event/new').then(() => document.getElementById('new-event-title')?.focus());
  };
  const rail = h(
    'div',
    { class: 'cal-nav' },
    h(
      'button',
      { type: 'button', class: 'gm-compose', 'data-key': 'event-new', on: { click: newEvent } },
      svgIcon(ICONS.add!, undefined, 20),
      'New event',
    ),
    h(
      'div',
      { class: 'cal-calendars' },
      h('div', { class: 'cal-calendars-title' }, 'My calendars'),
      h('div', { class: 'cal-calendar' }, h('span', { class: 'swatch' }), state.calendar.calendarId),
    ),
  );
  const list = h(
    'div',
    { class: 'cal-main' },
    h(
      'div',
      { class: 'host-toolbar cal-toolbar' },
      h('h1', { class: 'cal-heading' }, 'Schedule'),
      h('div', { class: 'spacer' }),
      h(
        'button',
        { type: 'button', class: 'btn btn-tonal narrow-only', 'data-key': 'event-new-narrow', on: { click: newEvent } },
        svgIcon(ICONS.add!, undefined, 18),
        'New event',
      ),
    ),
    events.length === 0 ? h('p', { class: 'empty' }, 'No events. Make one with “New event”.') : null,
    days.map((d) =>
      h(
        'section',
        { class: 'cal-day' },
        h('h2', null, d),
        h(
          'ul',
          { class: 'cal-list' },
          events
            .filter((e) => day(e) === d)
            .map((e) =>
              h(
                'li',
                null,
                h(
                  'button',
                  {
                    type: 'button',
                    class: `cal-row ${open?.id === e.id ? 'selected' : ''}`,
                    'aria-current': open?.id === e.id ? 'true' : undefined,
                    'data-key': `event:${e.id}`,
                    'data-event-id': e.id,
                    on: {
                      click: () => {
                        ui.newEvent = null;
                        void api('/api/event/open', { calendarId: e.calendarId, id: e.id });
                      },
                    },
                  },
                  h('span', { class: 'cal-time' }, e.when.split(', ')[1] ?? e.when),
                  h(
                    'span',
                    { class: 'cal-what' },
                    h('span', { class: 'cal-summary' }, e.summary, e.recurring ? svgIcon(ICONS.repeat!, 'Repeating event', 14) : null),
                    !e.organizedByMe ? h('span', { class: 'cal-organizer' }, `Organizer: ${e.organizer}`) : null,
                  ),
                  h('span', { class: `conf-chip ${e.conference.kind}`, 'data-conference': e.conference.kind }, e.conference.label),
                ),
              ),
            ),
        ),
      ),
    ),
  );
  const detail = ui.newEvent && open && !open.id ? newEventEditor() : open?.id ? eventDetail(events.find((e) => e.id === open.id)) : null;
  return [rail, h('div', { class: 'cal-body' }, list, detail)];
}

function eventDetail(row: EventRow | undefined): HTMLElement | null {
  if (!row) return h('aside', { class: 'cal-detail' }, h('p', null, 'This event was deleted.'));
  return h(
    'aside',
    { class: 'cal-detail', 'aria-label': 'Event details' },
    h('h2', null, row.summary),
    h('div', { class: 'cal-detail-line' }, svgIcon(ICONS.schedule!, undefined, 18), row.when, row.recurring ? ' · repeats' : ''),
    h(
      'div',
      { class: 'cal-detail-line' },
      svgIcon(ICONS.person!, undefined, 18),
      row.organizedByMe ? 'You are the organizer' : `Organizer: ${row.organizer}`,
    ),
    h(
      'div',
      { class: 'cal-detail-line' },
      svgIcon(ICONS.videocam!, undefined, 18),
      row.conference.uri
        ? h(
            'a',
            { href: row.conference.uri, target: '_blank', rel: 'noopener noreferrer' },
            row.conference.kind === 'meet' ? 'Join with Google Meet' : `Join with ${row.conference.label}`,
          )
        : null,
      h('span', { class: `conf-chip ${row.conference.kind}` }, row.conference.label),
    ),
  );
}

function newEventEditor(): HTMLElement {
  const draft = ui.newEvent!;
  const save = () => {
    const summary = (document.getElementById('new-event-title') as HTMLInputElement | null)?.value ?? draft.summary;
    ui.newEvent = null;
    void api('/api/event/save', { summary });
  };
  return h(
    'aside',
    { class: 'cal-detail new-event', 'aria-label': 'New event (not saved)' },
    h('h2', null, 'New event', h('span', { class: 'unsaved' }, 'not saved')),
    h(
      'label',
      { class: 'cw-field stacked' },
      h('span', null, 'Title'),
      h('input', {
        id: 'new-event-title',
        type: 'text',
        value: draft.summary,
        placeholder: 'Add title',
        'data-key': 'new-event-title',
        on: {
          input: (e: Event) => (draft.summary = (e.target as HTMLInputElement).value),
          keydown: (e: KeyboardEvent) => e.key === 'Enter' && save(),
        },
      }),
    ),
    h(
      'p',
      { class: 'hint' },
      'The add-on sees an event without an id until you save it. Saving puts it on your calendar (as Calendar itself would), and it opens saved.',
    ),
    h(
      'div',
      { class: 'button-list' },
      h('button', { type: 'button', class: 'btn btn-filled', 'data-key': 'new-event-save', on: { click: save } }, 'Save'),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-outlined',
          'data-key': 'new-event-discard',
          on: {
            click: () => {
              ui.newEvent = null;
              void api('/api/homepage', { app: 'CALENDAR' });
            },
          },
        },
        'Discard',
      ),
    ),
  );
}

// ----- the add-on side panel --------------------------------------------------------------------------------

function renderSidebar(card: Json): void {
  const state = ui.state;
  const sidebar = $('sidebar');
  const name = gallery ? 'Card gallery' : (state?.addOn.name ?? 'Add-on');
  const depth = gallery ? 1 : (state?.host.depth ?? 0);
  const menuItems: { label: string; run: () => void }[] = gallery
    ? []
    : [
        ...(state?.addOn.universalActions ?? []).map((label) => ({ label, run: () => void api('/api/universal', { label }) })),
        ...((card?.cardActions ?? []) as Json[]).map((a) => ({ label: a.actionLabel, run: () => press(a.onClick) })),
      ];
  const top = h(
    'div',
    { class: 'panel-top' },
    depth > 1
      ? h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'aria-label': 'Back',
            title: 'Back',
            'data-key': 'panel-back',
            on: { click: () => void api('/api/back') },
          },
          svgIcon(ICONS.arrow_back!, undefined, 20),
        )
      : h('span', { class: 'panel-logo' }, svgIcon(ICONS.video_call!, undefined, 20)),
    h('span', { class: 'panel-name' }, name),
    menuItems.length
      ? h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            id: 'panel-menu-button',
            'aria-label': 'More options',
            title: 'More options',
            'aria-haspopup': 'menu',
            'aria-expanded': String(ui.menuOpen),
            'data-key': 'panel-menu',
            on: {
              click: () => {
                ui.menuOpen = !ui.menuOpen;
                render();
                if (ui.menuOpen) document.querySelector<HTMLElement>('#panel-menu [role=menuitem]')?.focus();
              },
            },
          },
          svgIcon(ICONS.more_vert!, undefined, 20),
        )
      : null,
  );
  const menu = ui.menuOpen
    ? h(
        'div',
        { class: 'panel-menu', id: 'panel-menu', role: 'menu', 'aria-label': 'More options', on: { keydown: menuKeys } },
        menuItems.map((item, i) =>
          h(
            'button',
            {
              type: 'button',
              role: 'menuitem',
              class: 'menu-item',
              'data-key': `menu:${i}`,
              on: {
                click: () => {
                  ui.menuOpen = false;
                  item.run();
                },
              },
            },
            item.label,
          ),
        ),
      )
    : null;
  const progress = h(
    'div',
    { class: 'progress', id: 'progress', role: 'progressbar', 'aria-label': 'Loading', hidden: !ui.busy },
    h('div', { class: 'progress-bar' }),
  );
  const rendered = card ? renderCard(card, { press, change, expanded: (k) => ui.expanded.has(k), toggle }) : null;
  const banner = ui.banner
    ? h(
        'div',
        { class: 'preview-problem', role: 'alert' },
        h('strong', null, 'Preview problem'),
        h('div', null, ui.banner),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-text',
            'data-key': 'banner-close',
            on: {
              click: () => {
                ui.banner = '';
                render();
              },
            },
          },
          'Dismiss',
        ),
      )
    : null;
  const scroll = h(
    'div',
    { class: 'panel-scroll' },
    banner,
    rendered ? rendered.body : h('div', { class: 'panel-empty' }, state ? 'The add-on showed no card.' : 'Loading…'),
  );
  const toasts = document.getElementById('toasts') ?? h('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
  sidebar.replaceChildren(top, progress, menu ?? '', scroll, rendered?.footer ?? '', toasts);
  sidebar.setAttribute('aria-busy', String(ui.busy));
  sidebar.classList.toggle('busy', ui.busy);
}

function toggle(key: string): void {
  if (ui.expanded.has(key)) ui.expanded.delete(key);
  else ui.expanded.add(key);
  render();
}

function menuKeys(e: KeyboardEvent): void {
  const items = Array.from(document.querySelectorAll<HTMLElement>('#panel-menu [role=menuitem]'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'Escape') {
    ui.menuOpen = false;
    render();
    document.getElementById('panel-menu-button')?.focus();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  }
}

function toast(text: string): void {
  const box = document.getElementById('toasts');
  if (!box) return;
  const item = h(
    'div',
    { class: 'toast' },
    h('span', null, text),
    h(
      'button',
      { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss', on: { click: () => item.remove() } },
      svgIcon(ICONS.close!, undefined, 16),
    ),
  );
  box.appendChild(item);
  setTimeout(() => item.remove(), 7000);
}

// ----- the developer panel ----------------------------------------------------------------------------------

const FAULTS: { key: FaultKey; label: string; detail: string; title: string }[] = [
  {
    key: 'rateLimit',
    label: 'Rate limit, once',
    detail: '403, retried',
    title: 'The next Calendar event call answers 403 rateLimitExceeded; the add-on should retry. Turns itself off once answered.',
  },
  {
    key: 'backendError',
    label: 'Backend error',
    detail: 'every event call 500',
    title: 'Every Calendar event call (calendar.events.*) answers 500 backendError.',
  },
  {
    key: 'pendingConference',
    label: 'Pending conference',
    detail: '2 reads',
    title: 'A new Meet conference stays “pending” for 2 reads of the event (calendar.options.pendingReads = 2).',
  },
  {
    key: 'conferenceFailure',
    label: 'Conference fails',
    detail: 'status failure',
    title: 'Google ends conference creation in status “failure” (calendar.options.conferenceFailure).',
  },
  { key: 'deleteFailure', label: 'Delete failure', detail: 'events.delete 500', title: 'calendar.events.delete always answers 500 backendError.' },
  {
    key: 'silentPatch',
    label: 'Silent 200',
    detail: 'patch changes nothing',
    title: 'events.patch answers 200 with the event but changes nothing (calendar.options.silentPatch).',
  },
  {
    key: 'droppedNull',
    label: 'Dropped null',
    detail: 'conferenceData: null lost',
    title: 'The Advanced service drops null fields before sending (settings.advancedServiceDropsNulls).',
  },
];

function renderDevtools(): void {
  const panel = $('devtools');
  panel.hidden = !ui.devtools;
  if (!ui.devtools) return;
  const state = ui.state;
  if (!state || gallery) {
    panel.replaceChildren(h('p', { class: 'empty' }, gallery ? 'The gallery runs no add-on.' : 'Loading…'));
    return;
  }
  const account = h(
    'fieldset',
    { class: 'dev-group' },
    h('legend', null, 'Account'),
    h(
      'div',
      { class: 'segmented' },
      [
        ['consumer', 'Free Gmail', 'ada@gmail.com'],
        ['workspace', 'Workspace', 'grace@example.com'],
      ].map(([kind, label, email]) =>
        h(
          'label',
          { class: `segment ${state.account.kind === kind ? 'on' : ''}`, title: email },
          h('input', {
            type: 'radio',
            name: 'account',
            value: kind,
            checked: state.account.kind === kind,
            'data-key': `account:${kind}`,
            on: { change: () => void api('/api/settings', { account: kind }) },
          }),
          h('span', null, label, h('small', null, email)),
        ),
      ),
    ),
  );
  const latencyId = 'latency-input';
  const latency = h(
    'div',
    { class: 'dev-group latency' },
    h(
      'label',
      { for: latencyId, class: 'dev-label' },
      'Google latency',
      h('output', { for: latencyId, id: 'latency-output' }, `${state.latencyMs} ms / call`),
    ),
    h('input', {
      id: latencyId,
      type: 'range',
      min: '0',
      max: '2000',
      step: '50',
      value: String(state.latencyMs),
      'data-key': 'latency',
      on: {
        input: (e: Event) => ($('latency-output').textContent = `${(e.target as HTMLInputElement).value} ms / call`),
        change: (e: Event) => void api('/api/settings', { latencyMs: Number((e.target as HTMLInputElement).value) }),
      },
    }),
  );
  const faults = h(
    'fieldset',
    { class: 'dev-group faults' },
    h('legend', null, 'Faults'),
    FAULTS.map((f) =>
      h(
        'label',
        { class: 'fault', title: f.title },
        h('input', {
          type: 'checkbox',
          class: 'checkbox',
          checked: state.faults[f.key],
          'data-key': `fault:${f.key}`,
          'data-fault': f.key,
          on: { change: (e: Event) => void api('/api/settings', { faults: { [f.key]: (e.target as HTMLInputElement).checked } }) },
        }),
        h('span', { class: 'fault-label' }, f.label),
        h('small', null, f.detail),
      ),
    ),
  );
  const actions = h(
    'div',
    { class: 'button-list' },
    h('button', { type: 'button', class: 'btn btn-outlined btn-small', 'data-key': 'reset', on: { click: () => resetAll() } }, 'Reset everything'),
    h(
      'button',
      { type: 'button', class: 'btn btn-text btn-small', 'data-key': 'log-clear', on: { click: () => void api('/api/log/clear') } },
      'Clear log',
    ),
  );
  const rows = state.log;
  const logTable = h(
    'div',
    { class: 'log-wrap', tabindex: '0', 'aria-label': 'API log' },
    rows.length === 0
      ? h('p', { class: 'empty' }, 'No calls to Google yet.')
      : h(
          'table',
          { class: 'log' },
          h('thead', null, h('tr', null, h('th', null, '#'), h('th', null, 'Call'), h('th', null, 'Status'), h('th', { class: 'num' }, 'ms'))),
          h(
            'tbody',
            null,
            rows.map((c) =>
              h(
                'tr',
                { class: c.status >= 400 ? 'failed' : '' },
                h('td', { class: 'num' }, String(c.seq)),
                h(
                  'td',
                  null,
                  h('div', { class: 'log-api' }, c.api, h('span', { class: `route ${c.route}` }, c.route)),
                  h('div', { class: 'log-summary' }, c.summary),
                ),
                h('td', { class: 'log-status' }, String(c.status), c.reason ? h('div', { class: 'log-reason' }, c.reason) : null),
                h('td', { class: 'num' }, String(c.latencyMs)),
              ),
            ),
          ),
        ),
  );
  const errors = state.errors.length
    ? h(
        'div',
        { class: 'dev-errors' },
        h('h3', null, 'The add-on threw'),
        h(
          'ul',
          null,
          state.errors.map((e) => h('li', null, e)),
        ),
      )
    : null;
  replace(
    panel,
    h('h2', { class: 'dev-title' }, 'Simulated Google'),
    account,
    latency,
    faults,
    actions,
    h('h2', { class: 'dev-title' }, `API log`, h('span', { class: 'count' }, `${rows.length} call${rows.length === 1 ? '' : 's'}`)),
    logTable,
    errors,
  );
  logTable.scrollTop = logTable.scrollHeight;
}

async function resetAll(): Promise<void> {
  ui.composeOpen = false;
  ui.compose.body = '';
  ui.compose.cursor = 0;
  ui.newEvent = null;
  ui.selectedMessage = -1;
  await api('/api/reset');
}

// ---------------------------------------------------------------------------------------------------------
// Start: draw, load the state, listen for rebuilds.

function start(): void {
  document.addEventListener('click', (e) => {
    if (ui.menuOpen && !(e.target as HTMLElement).closest('#panel-menu, #panel-menu-button')) {
      ui.menuOpen = false;
      render();
    }
  });
  if (gallery) {
    ui.state = null;
    render();
    document.body.dataset.ready = 'true';
    return;
  }
  void refresh().then(() => {
    document.body.dataset.ready = 'true';
  });
  const events = new EventSource('/api/events');
  events.addEventListener('bundle', (e) => {
    const data = JSON.parse((e as MessageEvent).data) as { version: number; error?: string };
    void refresh().then(() =>
      toast(data.error ? 'The add-on failed to build: see the badge at the top.' : `Add-on rebuilt (v${data.version}): side panel refreshed.`),
    );
  });
  events.addEventListener('web', () => location.reload());
}

start();
