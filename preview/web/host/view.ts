/** The host app on the left: Gmail or Calendar, whichever the add-on was opened in (or a note, in the gallery). */
import { h } from '../dom';
import { gallery } from '../mode';
import { ui } from '../store';
import { calendar } from './calendar';
import { gmail } from './gmail';

export function renderHost(host: HTMLElement): void {
  const app = ui.state?.host.app ?? 'GMAIL';
  host.className = `host host-${app.toLowerCase()}`;
  host.setAttribute('aria-label', app === 'GMAIL' ? 'Gmail (simulated)' : 'Google Calendar (simulated)');
  if (gallery) {
    host.replaceChildren(
      h(
        'div',
        { class: 'gallery-note' },
        h('h1', null, 'Card gallery'),
        h(
          'p',
          null,
          'The side panel shows a fixture card with every widget the preview can draw. Open the preview without ?gallery for MeetLink itself.',
        ),
      ),
    );
    return;
  }
  host.replaceChildren(...(app === 'GMAIL' ? gmail() : calendar()));
}
