/** What the page sends with every action: the side panel's field values and the open draft (protocol.ts PageInput). */
import type { Draft } from '../protocol';
import { ui } from './store';

/** Values of the sidebar's fields, as Google sends them in formInputs (name → values). */
export function collectInputs(): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('#sidebar [data-field]'))) {
    const name = el.dataset.field!;
    values[name] ??= [];
    if (el instanceof HTMLInputElement && el.type === 'datetime-local') {
      // The wall time in the picker's zone back to ms since the epoch (dateTimeInput.msSinceEpoch).
      const wall = Date.parse(`${el.value}:00Z`);
      if (el.value && Number.isFinite(wall)) values[name]!.push(String(wall - Number(el.dataset.offset ?? 0) * 60_000));
    } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.checked) values[name]!.push(el.value);
    } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      if (el.value !== '') values[name]!.push(el.value);
    }
  }
  return values;
}

export function readDraft(): Draft {
  const area = document.getElementById('draft-body') as HTMLTextAreaElement | null;
  if (!area) return { body: ui.compose.body, cursor: ui.compose.cursor };
  return { body: area.value, cursor: area.selectionStart ?? area.value.length };
}
