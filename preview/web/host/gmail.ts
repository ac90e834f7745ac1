/**
 * The pretend Gmail: folders, the account's inbox (from the offline mailbox), a message opened for reading with
 * the reply draft a compose action opened (reply.ts), and the compose window (compose.ts). Opening a message runs
 * the add-on's contextual trigger, as Gmail does; closing it shows the homepage again.
 */
import type { MailRow } from '../../protocol';
import { post } from '../api';
import { ICONS, h, svgIcon } from '../dom';
import { ui } from '../store';
import { composeWindow, openCompose } from './compose';
import { replyBox } from './reply';

const FOLDERS: [name: string, icon: string][] = [
  ['Inbox', 'inbox'],
  ['Starred', 'star'],
  ['Sent', 'send'],
  ['Drafts', 'description'],
];

export function gmail(): Node[] {
  const messages = ui.state?.mail.messages ?? [];
  const unread = messages.filter((m) => m.unread).length;
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
        h(
          'li',
          { class: i === 0 ? 'active' : '' },
          svgIcon(ICONS[icon]!, undefined, 18),
          h('span', null, name),
          i === 0 && unread ? h('b', null, String(unread)) : null,
        ),
      ),
    ),
  );
  const open = messages.find((m) => m.id === ui.state?.host.message);
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
    open ? reading(open) : h('ul', { class: 'gm-list', 'aria-label': 'Inbox' }, messages.map(messageRow)),
  );
  return [nav, list, ui.composeOpen ? composeWindow() : null].filter(Boolean) as Node[];
}

const backToInbox = () => void post('/api/homepage', { app: 'GMAIL' });

function messageRow(m: MailRow): HTMLElement {
  return h(
    'li',
    null,
    h(
      'button',
      {
        type: 'button',
        class: `gm-row ${m.unread ? 'unread' : ''}`,
        'data-key': `message:${m.id}`,
        on: { click: () => void post('/api/message/open', { id: m.id }) },
      },
      h('span', { class: 'gm-from' }, m.from),
      h('span', { class: 'gm-subject' }, h('b', null, m.subject), h('span', { class: 'gm-snippet' }, ` — ${m.body.replace(/\s+/g, ' ')}`)),
      h('span', { class: 'gm-time' }, m.when),
    ),
  );
}

/** An open message, as Gmail shows it: subject, sender, recipients, body, then the reply box. */
function reading(m: MailRow): HTMLElement {
  return h(
    'article',
    { class: 'gm-reading', 'aria-label': `Message: ${m.subject}` },
    h(
      'div',
      { class: 'gm-reading-bar' },
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          'aria-label': 'Back to Inbox',
          title: 'Back to Inbox',
          'data-key': 'message-close',
          on: { click: backToInbox },
        },
        svgIcon(ICONS.arrow_back!, undefined, 20),
      ),
    ),
    h('h2', null, m.subject),
    h(
      'div',
      { class: 'gm-reading-head' },
      h('div', { class: 'gm-reading-from' }, h('b', null, m.from), h('span', { class: 'gm-reading-address' }, ` <${m.fromAddress}>`)),
      h('div', { class: 'gm-time' }, m.when),
    ),
    h('div', { class: 'gm-reading-to' }, `to ${m.to}${m.cc ? `, cc ${m.cc}` : ''}`),
    h('div', { class: 'gm-reading-body' }, m.body),
    replyBox(),
  );
}
