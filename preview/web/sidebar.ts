/**
 * The add-on's side panel, as Google's hosts frame a card: a top bar (back arrow, name, ⋮ menu with the
 * universal actions and the card's actions), a progress bar, a "Preview problem" banner, the card itself
 * (card.ts), the toasts just above its fixed footer, and the footer.
 */
import type { Json } from '../protocol';
import { post } from './api';
import { renderCard } from './card';
import { change, press, toggle } from './card-actions';
import { ICONS, h, svgIcon } from './dom';
import { menuKeys } from './keyboard';
import { gallery } from './mode';
import { ui, update } from './store';

interface MenuItem {
  label: string;
  run(): void;
}

export function renderSidebar(sidebar: HTMLElement, card: Json): void {
  const state = ui.state;
  const menuItems: MenuItem[] = gallery
    ? []
    : [
        ...(state?.addOn.universalActions ?? []).map((label) => ({ label, run: () => void post('/api/universal', { label }) })),
        ...((card?.cardActions ?? []) as Json[]).map((a) => ({ label: a.actionLabel, run: () => press(a.onClick) })),
      ];
  const progress = h(
    'div',
    { class: 'progress', id: 'progress', role: 'progressbar', 'aria-label': 'Loading', hidden: !ui.busy },
    h('div', { class: 'progress-bar' }),
  );
  const rendered = card ? renderCard(card, { press, change, expanded: (k) => ui.expanded.has(k), toggle }) : null;
  const scroll = h(
    'div',
    { class: 'panel-scroll' },
    banner(),
    rendered ? rendered.body : h('div', { class: 'panel-empty' }, state ? 'The add-on showed no card.' : 'Loading…'),
  );
  // Notifications sit just above the fixed footer, never on it (toast.ts): their anchor comes before the footer.
  const toasts = document.getElementById('toasts') ?? h('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
  const anchor = h('div', { class: 'toast-anchor' }, toasts);
  sidebar.replaceChildren(topBar(menuItems.length > 0), progress, (ui.menuOpen && menu(menuItems)) || '', scroll, anchor, rendered?.footer ?? '');
  paintBusy();
}

/** Shows or hides the progress bar and marks the panel busy (no redraw: an action is running). */
export function paintBusy(): void {
  const sidebar = document.getElementById('sidebar');
  if (!sidebar) return;
  sidebar.setAttribute('aria-busy', String(ui.busy));
  sidebar.classList.toggle('busy', ui.busy);
  const progress = document.getElementById('progress');
  if (progress) progress.hidden = !ui.busy;
}

function topBar(hasMenu: boolean): HTMLElement {
  const depth = gallery ? 1 : (ui.state?.host.depth ?? 0);
  const name = gallery ? 'Card gallery' : (ui.state?.addOn.name ?? 'Add-on');
  const back = h(
    'button',
    {
      type: 'button',
      class: 'icon-button',
      'aria-label': 'Back',
      title: 'Back',
      'data-key': 'panel-back',
      on: { click: () => void post('/api/back') },
    },
    svgIcon(ICONS.arrow_back!, undefined, 20),
  );
  const menuButton = h(
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
          update((u) => {
            u.menuOpen = !u.menuOpen;
          });
          if (ui.menuOpen) document.querySelector<HTMLElement>('#panel-menu [role=menuitem]')?.focus();
        },
      },
    },
    svgIcon(ICONS.more_vert!, undefined, 20),
  );
  return h(
    'div',
    { class: 'panel-top' },
    depth > 1 ? back : h('span', { class: 'panel-logo' }, svgIcon(ICONS.video_call!, undefined, 20)),
    h('span', { class: 'panel-name' }, name),
    hasMenu ? menuButton : null,
  );
}

function menu(items: MenuItem[]): HTMLElement {
  const choose = (item: MenuItem) => () => {
    ui.menuOpen = false;
    item.run();
  };
  return h(
    'div',
    { class: 'panel-menu', id: 'panel-menu', role: 'menu', 'aria-label': 'More options', on: { keydown: menuKeys } },
    items.map((item, i) =>
      h('button', { type: 'button', role: 'menuitem', class: 'menu-item', 'data-key': `menu:${i}`, on: { click: choose(item) } }, item.label),
    ),
  );
}

function banner(): HTMLElement | null {
  if (!ui.banner) return null;
  const dismiss = () =>
    update((u) => {
      u.banner = '';
    });
  return h(
    'div',
    { class: 'preview-problem', role: 'alert' },
    h('strong', null, 'Preview problem'),
    h('div', null, ui.banner),
    h('button', { type: 'button', class: 'btn btn-text', 'data-key': 'banner-close', on: { click: dismiss } }, 'Dismiss'),
  );
}
