/** Notifications, as the host's toasts at the foot of the side panel. */
import { ICONS, h, svgIcon } from './dom';

export function toast(text: string): void {
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
