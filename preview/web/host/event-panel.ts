/** Calendar's right-hand panel: the open event's details, or the editor of a new event that is not saved yet. */
import type { EventRow } from '../../protocol';
import { post } from '../api';
import { ICONS, h, svgIcon } from '../dom';
import { safeHref } from '../sanitize';
import { ui } from '../store';

export function eventDetail(row: EventRow | undefined): HTMLElement {
  if (!row) return h('aside', { class: 'cal-detail' }, h('p', null, 'This event was deleted.'));
  const { conference } = row;
  // The server sends only https links; the page checks again, as Google's hosts never draw another scheme.
  const safe = safeHref(conference.uri);
  const href = safe && /^https:/i.test(safe) ? safe : undefined;
  return h(
    'aside',
    { class: 'cal-detail', 'aria-label': 'Event details' },
    h('h2', null, row.summary),
    h('div', { class: 'cal-detail-line' }, svgIcon(ICONS.schedule!, undefined, 18), row.when, row.recurring ? ' · repeats' : ''),
    row.kind ? h('div', { class: 'cal-detail-line' }, svgIcon(ICONS.event!, undefined, 18), row.kind) : null,
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
      href
        ? h(
            'a',
            { href, target: '_blank', rel: 'noopener noreferrer' },
            conference.kind === 'meet' ? 'Join with Google Meet' : `Join with ${conference.label}`,
          )
        : null,
      h('span', { class: `conf-chip ${conference.kind}` }, conference.label),
    ),
  );
}

export function newEventEditor(): HTMLElement {
  const draft = ui.newEvent!;
  const save = () => {
    const summary = (document.getElementById('new-event-title') as HTMLInputElement | null)?.value ?? draft.summary;
    ui.newEvent = null;
    void post('/api/event/save', { summary });
  };
  const discard = () => {
    ui.newEvent = null;
    void post('/api/homepage', { app: 'CALENDAR' });
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
      h('button', { type: 'button', class: 'btn btn-outlined', 'data-key': 'new-event-discard', on: { click: discard } }, 'Discard'),
    ),
  );
}
