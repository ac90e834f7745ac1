/** Notifications, as the host's toasts at the foot of the side panel, above the card's fixed footer (sidebar.ts). */
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
  setTimeout(() => item.remove(), toastMs(text));
}

/**
 * How long a notification stays: Material's snackbars, which Google's hosts draw, stay 4 to 10 seconds
 * (m2.material.io/components/snackbars); a longer text stays longer, to be read. It can be dismissed before.
 */
export const toastMs = (text: string): number => Math.min(10_000, 4_000 + text.length * 40);
