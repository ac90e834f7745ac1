/**
 * Keyboard use: focus stays where it was across redraws (every control carries a stable data-key), moves to
 * the new card when the card changes under it, and the ⋮ menu works with arrows and Escape.
 */
import { ui, update } from './store';

/** Draws with `draw` (which answers whether the card changed), keeping keyboard focus and selection. */
export function keepingFocus(draw: () => boolean): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active?.dataset?.key;
  const inSidebar = Boolean(active && document.getElementById('sidebar')?.contains(active));
  const selection = active && hasSelection(active) ? ([active.selectionStart, active.selectionEnd] as const) : null;
  const cardChanged = draw();
  if (inSidebar && cardChanged) {
    (document.getElementById('card-title') ?? document.querySelector<HTMLElement>('#sidebar .card button, #sidebar .card input'))?.focus();
  } else if (key) {
    const el = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (el && !(el as HTMLButtonElement).disabled) {
      el.focus({ preventScroll: true });
      if (selection && hasSelection(el)) el.setSelectionRange(selection[0], selection[1]);
    }
  }
}

/**
 * Whether a field has a text selection to keep: a text area, or an input of a type that supports one (text, search,
 * URL, telephone, password). A slider, a check box or a date-time field has none, and setSelectionRange on it throws.
 */
function hasSelection(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.selectionStart !== null);
}

/** The ⋮ menu: arrows move between items, Escape closes it and returns to its button. */
export function menuKeys(e: KeyboardEvent): void {
  const items = Array.from(document.querySelectorAll<HTMLElement>('#panel-menu [role=menuitem]'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'Escape') {
    update((u) => {
      u.menuOpen = false;
    });
    document.getElementById('panel-menu-button')?.focus();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  }
}

/** A click anywhere outside the open menu closes it. */
export function closeMenuOnOutsideClick(): void {
  document.addEventListener('click', (e) => {
    if (ui.menuOpen && !(e.target as HTMLElement).closest('#panel-menu, #panel-menu-button')) {
      update((u) => {
        u.menuOpen = false;
      });
    }
  });
}
