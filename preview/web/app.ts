/**
 * The preview page: a pretend Gmail or Calendar on the left (host/), the add-on's side panel in the middle
 * (sidebar.ts, cards drawn by card.ts), and the developer panel on the right (panels/). Every action goes to
 * the server (api.ts, preview/protocol.ts), which runs it in the offline host and answers with the whole
 * state; the store (store.ts) holds it and the page redraws (render.ts).
 */
import { EVENTS_PATH, type BundleEvent } from '../protocol';
import { refresh } from './api';
import { closeMenuOnOutsideClick } from './keyboard';
import { clean, gallery } from './mode';
import { render, showCard } from './render';
import { paintBusy } from './sidebar';
import { subscribe } from './store';
import { toast } from './toast';

function start(): void {
  if (clean) document.body.classList.add('clean');
  subscribe((change) => (change === 'busy' ? paintBusy() : render()));
  closeMenuOnOutsideClick();
  if (gallery) {
    // A browser test can draw any card of the real bundle here (test/e2e/widths.e2e.test.ts).
    (window as unknown as { meetlinkShowCard?: typeof showCard }).meetlinkShowCard = showCard;
    render();
    document.body.dataset.ready = 'true';
    return;
  }
  void refresh().then(() => {
    document.body.dataset.ready = 'true';
  });
  const events = new EventSource(EVENTS_PATH);
  events.addEventListener('bundle', (e) => {
    const data = JSON.parse((e as MessageEvent).data) as BundleEvent;
    void refresh().then(() =>
      toast(data.error ? 'The add-on failed to build: see the badge at the top.' : `Add-on rebuilt (v${data.version}): side panel refreshed.`),
    );
  });
  events.addEventListener('web', () => location.reload());
}

start();
