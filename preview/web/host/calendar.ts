/** The pretend Google Calendar: the day-by-day event list with each event's conference, and the open event (event-panel.ts). */
import type { EventRow, OpenEvent } from '../../protocol';
import { post } from '../api';
import { ICONS, h, svgIcon } from '../dom';
import { ui } from '../store';
import { eventDetail, newEventEditor } from './event-panel';

const dayOf = (row: EventRow) => row.when.split(',')[0] ?? '';

function newEvent(): void {
  ui.newEvent = { summary: '' };
  void post('/api/event/new').then(() => document.getElementById('new-event-title')?.focus());
}

export function calendar(): Node[] {
  const state = ui.state!;
  const open = state.host.context === 'event' ? state.host.event : undefined;
  const events = state.calendar.events;
  const days = [...new Set(events.map(dayOf))];
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
          events.filter((e) => dayOf(e) === d).map((e) => eventRow(e, open)),
        ),
      ),
    ),
  );
  const detail = ui.newEvent && open && !open.id ? newEventEditor() : open?.id ? eventDetail(events.find((e) => e.id === open.id)) : null;
  return [rail, h('div', { class: 'cal-body' }, list, detail)];
}

function eventRow(e: EventRow, open: OpenEvent | undefined): HTMLElement {
  const selected = open?.id === e.id;
  const openIt = () => {
    ui.newEvent = null;
    void post('/api/event/open', { calendarId: e.calendarId, id: e.id });
  };
  return h(
    'li',
    null,
    h(
      'button',
      {
        type: 'button',
        class: `cal-row ${selected ? 'selected' : ''}`,
        'aria-current': selected ? 'true' : undefined,
        'data-key': `event:${e.id}`,
        'data-event-id': e.id,
        on: { click: openIt },
      },
      h('span', { class: 'cal-time' }, e.when.split(', ')[1] ?? e.when),
      h(
        'span',
        { class: 'cal-what' },
        h('span', { class: 'cal-summary' }, e.summary, e.recurring ? svgIcon(ICONS.repeat!, 'Repeating event', 14) : null),
        e.kind && e.kind.toLowerCase() !== e.summary.toLowerCase() ? h('span', { class: 'cal-organizer cal-kind' }, e.kind) : null,
        !e.organizedByMe ? h('span', { class: 'cal-organizer' }, `Organizer: ${e.organizer}`) : null,
        e.guests.length ? h('span', { class: 'cal-organizer cal-guests' }, `Guests: ${e.guests.join(', ')}`) : null,
      ),
      h('span', { class: `conf-chip ${e.conference.kind}`, 'data-conference': e.conference.kind }, e.conference.label),
    ),
  );
}
