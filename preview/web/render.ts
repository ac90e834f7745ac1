/** Draws the whole page from the store: top bar, host app, side panel, developer panel; focus is kept (keyboard.ts). */
import type { Json } from '../protocol';
import { GALLERY_CARD } from './gallery';
import { renderHost } from './host/view';
import { keepingFocus } from './keyboard';
import { gallery } from './mode';
import { readFields, restoreFields } from './page-input';
import { renderDevtools } from './panels/devtools';
import { renderSidebar } from './sidebar';
import { ui } from './store';
import { renderTopbar } from './topbar';

const $ = (id: string) => document.getElementById(id)!;

/** The card drawn last, with the stack depth: when it changes, expanded sections close and focus moves to it. */
let cardSignature = '';

/** Which card the side panel drew last (PreviewState host.cardId; in the gallery, the card's JSON). */
let drawnCardId = '';

/** In the gallery, a card handed over by a browser test replaces the fixture card (showCard). */
let shownCard: Json | null = null;

/** Draws this card JSON in the gallery's side panel: how the widths test puts every card of the bundle in it. */
export function showCard(card: Json): void {
  shownCard = card;
  render();
}

export function render(): void {
  keepingFocus(() => {
    const card: Json = gallery ? (shownCard ?? GALLERY_CARD) : (ui.state?.host.card ?? null);
    const signature = JSON.stringify(card) + ':' + (ui.state?.host.depth ?? 0);
    const cardChanged = signature !== cardSignature;
    if (cardChanged) {
      ui.expanded.clear();
      cardSignature = signature;
    }
    // The same card as before: what the person typed and ticked stays. Another card: its own values.
    const cardId = gallery ? signature : (ui.state?.host.cardId ?? '');
    const kept = cardId === drawnCardId ? readFields() : null;
    drawnCardId = cardId;
    document.body.classList.toggle('devtools-open', ui.devtools);
    renderTopbar($('topbar'));
    renderHost($('host'));
    renderSidebar($('sidebar'), card);
    if (kept) restoreFields(kept);
    renderDevtools($('devtools'));
    return cardChanged;
  });
}
