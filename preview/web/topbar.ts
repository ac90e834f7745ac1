/** The bar at the top: the Gmail/Calendar tabs, the simulated account, the bundle's version, the developer panel's switch. */
import type { HostApp } from '../protocol';
import { post } from './api';
import { ICONS, h, replace, svgIcon } from './dom';
import { gallery } from './mode';
import { ui, update } from './store';

export function renderTopbar(top: HTMLElement): void {
  const state = ui.state;
  const app = state?.host.app ?? 'GMAIL';
  const tab = (name: HostApp, label: string, icon: string) =>
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
          { class: 'account-chip', title: `Simulated account: ${state.account.email}` },
          h('span', { class: 'avatar' }, state.account.email[0]!.toUpperCase()),
          h('span', { class: 'account-email' }, state.account.email),
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
        title: 'Developer panel',
        'aria-pressed': String(ui.devtools),
        'aria-controls': 'devtools',
        'data-key': 'devtools-toggle',
        on: { click: toggleDevtools },
      },
      svgIcon(ICONS.settings!, undefined, 18),
      h('span', { class: 'devtools-toggle-label' }, 'Developer panel'),
    ),
  );
}

function toggleDevtools(): void {
  update((u) => {
    u.devtools = !u.devtools;
  });
  localStorage.setItem('meetlink.devtools', ui.devtools ? '1' : '0');
}

function switchApp(app: HostApp): void {
  ui.newEvent = null;
  if (gallery) return;
  void post('/api/homepage', { app });
}
