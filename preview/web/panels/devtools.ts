/**
 * The developer panel on the right: the simulated Google's controls (controls.ts), reset, Workspace Studio running
 * the add-on's steps (studio.ts), and the API log (api-log.ts).
 */
import { post } from '../api';
import { h, replace } from '../dom';
import { gallery } from '../mode';
import { ui } from '../store';
import { renderApiLog } from './api-log';
import { renderControls } from './controls';
import { renderStudio } from './studio';

export function renderDevtools(panel: HTMLElement): void {
  panel.hidden = !ui.devtools;
  if (!ui.devtools) return;
  const state = ui.state;
  if (!state || gallery) {
    panel.replaceChildren(h('p', { class: 'empty' }, gallery ? 'The gallery runs no add-on.' : 'Loading…'));
    return;
  }
  const actions = h(
    'div',
    { class: 'button-list' },
    h('button', { type: 'button', class: 'btn btn-outlined btn-small', 'data-key': 'reset', on: { click: resetAll } }, 'Reset everything'),
    h(
      'button',
      { type: 'button', class: 'btn btn-text btn-small', 'data-key': 'log-clear', on: { click: () => void post('/api/log/clear') } },
      'Clear log',
    ),
  );
  replace(panel, h('h2', { class: 'dev-title' }, 'Simulated Google'), renderControls(state), actions, renderStudio(state), renderApiLog(state));
}

function resetAll(): void {
  // The page's own state goes with the server's; the answer redraws everything.
  Object.assign(ui, { composeOpen: false, newEvent: null, closedReply: '' });
  Object.assign(ui.compose, { body: '', cursor: 0 });
  void post('/api/reset');
}
