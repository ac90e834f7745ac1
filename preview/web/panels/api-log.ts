/** The API log: every call the add-on made to Google (runtime.log), and what the add-on threw. */
import type { PreviewState } from '../../protocol';
import { h } from '../dom';

export function renderApiLog(state: PreviewState): HTMLElement[] {
  const rows = state.log;
  const title = h('h2', { class: 'dev-title' }, 'API log', h('span', { class: 'count' }, `${rows.length} call${rows.length === 1 ? '' : 's'}`));
  const table = h(
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
  // Newest call in view once the table is in the page.
  queueMicrotask(() => (table.scrollTop = table.scrollHeight));
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
  return [title, table, ...(errors ? [errors] : [])];
}
