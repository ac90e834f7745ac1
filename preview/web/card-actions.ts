/** What the person does on a card: press a button, change a field, open a collapsed section. */
import type { Json } from '../protocol';
import { post } from './api';
import { collectInputs } from './page-input';
import { gallery } from './mode';
import { update } from './store';
import { toast } from './toast';

export function press(onClick: Json): void {
  if (gallery) return toast(`Pressed: ${onClick?.action?.function ?? onClick?.openLink?.url ?? '?'}`);
  if (onClick?.openLink?.url && /^https?:/i.test(onClick.openLink.url)) {
    // Opened now, inside the click, so the browser allows it; the host records it too.
    window.open(onClick.openLink.url, '_blank', 'noopener');
  }
  void post('/api/click', { index: onClick.__i, label: onClick.__label });
}

export function change(name: string): void {
  if (gallery) return toast(`Changed: ${name}`);
  const value = collectInputs()[name] ?? [];
  void post('/api/change', { name, value });
}

export function toggle(key: string): void {
  update((u) => {
    if (u.expanded.has(key)) u.expanded.delete(key);
    else u.expanded.add(key);
  });
}
