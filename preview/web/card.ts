/**
 * Renders google.apps.card.v1 JSON the way Google's Gmail and Calendar side panels show it: header, sections
 * (collapsible), the widgets (card-widgets.ts) and the fixed footer.
 */
import { image } from './card-images';
import { button, nextId, renderWidget, type CardHandlers, type Json } from './card-widgets';
import { ICONS, h, svgIcon } from './dom';
import { richText } from './sanitize';

export type { CardHandlers, Json } from './card-widgets';

export function renderCard(card: Json, handlers: CardHandlers): { body: HTMLElement; footer: HTMLElement | null } {
  const body = h('div', { class: 'card', 'data-card-name': card?.name ?? '' });
  if (card?.header) body.appendChild(renderHeader(card.header));
  const sections: Json[] = card?.sections ?? [];
  sections.forEach((section, index) => {
    if (index > 0 && card.sectionDividerStyle !== 'NO_DIVIDER') body.appendChild(h('hr', { class: 'section-divider' }));
    body.appendChild(renderSection(section, index, handlers));
  });
  const footer = card?.fixedFooter ? renderFooter(card.fixedFooter, handlers) : null;
  return { body, footer };
}

function renderHeader(header: Json): HTMLElement {
  return h(
    'div',
    { class: 'card-header' },
    header.imageUrl ? image(header.imageUrl, header.imageAltText ?? '', `header-image ${header.imageType === 'CIRCLE' ? 'circle' : ''}`) : null,
    h(
      'div',
      { class: 'card-header-text' },
      h('h2', { class: 'card-title', tabindex: '-1', id: 'card-title' }, header.title ?? ''),
      header.subtitle ? h('div', { class: 'card-subtitle' }, header.subtitle) : null,
    ),
  );
}

function renderSection(section: Json, index: number, handlers: CardHandlers): HTMLElement {
  const widgets: Json[] = section.widgets ?? [];
  const keep = Math.max(0, Number(section.uncollapsibleWidgetsCount ?? 0));
  const collapsible = Boolean(section.collapsible) && widgets.length > keep;
  const key = `${index}:${section.header ?? ''}`;
  const open = !collapsible || handlers.expanded(key);
  const el = h('section', { class: 'card-section' });
  if (section.header) el.appendChild(h('h3', { class: 'section-header' }, richText(section.header)));
  const region = h('div', { class: 'section-widgets', id: nextId('section') });
  widgets.forEach((widget, i) => {
    const node = renderWidget(widget, handlers);
    // Collapsed widgets stay in the page (their field values still count) but hidden from everyone.
    if (!open && i >= keep) node.hidden = true;
    region.appendChild(node);
  });
  el.appendChild(region);
  if (collapsible) {
    el.appendChild(
      h(
        'button',
        {
          type: 'button',
          class: 'show-more',
          'aria-expanded': String(open),
          'aria-controls': region.id,
          'data-key': `section:${key}`,
          on: { click: () => handlers.toggle(key) },
        },
        open ? 'Show less' : 'Show more',
        svgIcon(open ? ICONS.expand_less! : ICONS.expand_more!, undefined, 18),
      ),
    );
  }
  return el;
}

/** The widget kinds of card v1 this renderer draws; anything else gets the placeholder. */

function renderFooter(footer: Json, handlers: CardHandlers): HTMLElement {
  return h(
    'div',
    { class: 'fixed-footer' },
    footer.secondaryButton ? button({ type: 'OUTLINED', ...footer.secondaryButton }, handlers) : null,
    footer.primaryButton ? button({ type: 'FILLED', ...footer.primaryButton }, handlers) : null,
  );
}
