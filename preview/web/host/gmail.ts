/** The pretend Gmail: folders, the inbox, a message opened for reading, and the compose window (compose.ts). */
import { ICONS, h, svgIcon } from '../dom';
import { ui, update } from '../store';
import { composeWindow, openCompose } from './compose';
import { INBOX } from './inbox';

const FOLDERS: [name: string, icon: string][] = [
  ['Inbox', 'inbox'],
  ['Starred', 'star'],
  ['Sent', 'send'],
  ['Drafts', 'description'],
];

export function gmail(): Node[] {
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
      FOLDERS.map(([name, icon], i) =>
        h('li', { class: i === 0 ? 'active' : '' }, svgIcon(ICONS[icon]!, undefined, 18), h('span', null, name), i === 0 ? h('b', null, '2') : null),
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
    h('ul', { class: 'gm-list', 'aria-label': 'Inbox' }, INBOX.map(messageRow)),
    reading(),
  );
  return [nav, list, ui.composeOpen ? composeWindow() : null].filter(Boolean) as Node[];
}

function messageRow(m: (typeof INBOX)[number], i: number): HTMLElement {
  const select = () =>
    update((u) => {
      u.selectedMessage = u.selectedMessage === i ? -1 : i;
    });
  return h(
    'li',
    null,
    h(
      'button',
      {
        type: 'button',
        class: `gm-row ${m.unread ? 'unread' : ''} ${ui.selectedMessage === i ? 'selected' : ''}`,
        'data-key': `message:${i}`,
        on: { click: select },
      },
      h('span', { class: 'gm-from' }, m.from),
      h('span', { class: 'gm-subject' }, h('b', null, m.subject), h('span', { class: 'gm-snippet' }, ` — ${m.snippet}`)),
      h('span', { class: 'gm-time' }, m.time),
    ),
  );
}

function reading(): HTMLElement | null {
  const message = INBOX[ui.selectedMessage];
  if (!message) return null;
  return h(
    'article',
    { class: 'gm-reading' },
    h('h2', null, message.subject),
    h('div', { class: 'gm-reading-from' }, message.from),
    h('p', null, message.snippet),
  );
}
