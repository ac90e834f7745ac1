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

/** What each field of the side panel holds now, by its data-key: the text, or whether it is ticked. */
export type FieldValues = Map<string, { value: string; checked: boolean }>;

export function readFields(): FieldValues {
  const values: FieldValues = new Map();
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('#sidebar [data-field]'))) {
    if (el.dataset.key) values.set(el.dataset.key, { value: el.value, checked: el instanceof HTMLInputElement && el.checked });
  }
  return values;
}

/**
 * Puts the values back into the fields drawn again for the same card: Google redraws nothing when an answer has no
 * navigation (a notification, a link), so what the person typed and ticked stays, and the next action sends it.
 */
export function restoreFields(values: FieldValues): void {
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('#sidebar [data-field]'))) {
    const held = el.dataset.key ? values.get(el.dataset.key) : undefined;
    if (!held) continue;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = held.checked;
    else el.value = held.value;
  }
}
