/**
 * Renders google.apps.card.v1 JSON the way Google's Gmail and Calendar side panels show it: header, sections
 * (collapsible), and every widget an add-on card can carry. A widget this renderer does not know is shown as
 * a visible placeholder naming its JSON key, never dropped.
 *
 * Every control is a real, focusable element: buttons are <button>, fields are <input>/<textarea>/<select>,
 * switches are checkboxes with role="switch".
 */
import { ICONS, KNOWN_ICONS, h, svgIcon } from './dom';
import { plainText, richText, safeHref } from './sanitize';

export type Json = any;

export interface CardHandlers {
  /** A button or clickable row: its onClick (tagged __i/__label by the server) was pressed. */
  press(onClick: Json): void;
  /** A field with an onChangeAction changed. */
  change(name: string): void;
  expanded(key: string): boolean;
  toggle(key: string): void;
}

let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

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
const WIDGET_KEYS = ['textParagraph', 'decoratedText', 'buttonList', 'textInput', 'selectionInput', 'divider', 'image', 'columns'];

export function renderWidget(widget: Json, handlers: CardHandlers): HTMLElement {
  const key = Object.keys(widget ?? {}).find((k) => k !== 'horizontalAlignment') ?? '(empty)';
  const align = widget?.horizontalAlignment;
  const wrap = (node: HTMLElement) => {
    node.classList.add('widget');
    if (align === 'CENTER' || align === 'END') node.classList.add(`align-${align.toLowerCase()}`);
    return node;
  };
  const value = widget?.[key];
  if (!WIDGET_KEYS.includes(key)) return wrap(unknownWidget(key, value));
  switch (key) {
    case 'textParagraph':
      return wrap(h('div', { class: 'text-paragraph' }, richText(String(value.text ?? ''))));
    case 'decoratedText':
      return wrap(decoratedText(value, handlers));
    case 'buttonList':
      return wrap(
        h(
          'div',
          { class: 'button-list' },
          (value.buttons ?? []).map((b: Json) => button(b, handlers)),
        ),
      );
    case 'textInput':
      return wrap(textInput(value, handlers));
    case 'selectionInput':
      return wrap(selectionInput(value, handlers));
    case 'divider':
      return wrap(h('hr', { class: 'divider' }));
    case 'image':
      return wrap(imageWidget(value));
    case 'columns':
      return wrap(
        h(
          'div',
          { class: 'columns' },
          (value.columnItems ?? []).map((column: Json) =>
            h(
              'div',
              { class: 'column' },
              (column.widgets ?? []).map((w: Json) => renderWidget(w, handlers)),
            ),
          ),
        ),
      );
  }
  return wrap(unknownWidget(key, value));
}

function unknownWidget(key: string, value: unknown): HTMLElement {
  return h(
    'div',
    { class: 'unknown-widget', role: 'note', 'data-widget': key },
    h('strong', null, `Unsupported widget: ${key}`),
    h('div', { class: 'unknown-note' }, 'The preview does not draw this widget yet; Google may.'),
    h('details', null, h('summary', null, 'JSON'), h('pre', null, JSON.stringify(value, null, 2))),
  );
}

/** A card v1 Button: OUTLINED unless typed; a color forces FILLED (card.proto, Button.type). */
export function button(b: Json, handlers: CardHandlers, extraClass = ''): HTMLButtonElement {
  const type = b.color ? 'FILLED' : (b.type ?? 'OUTLINED');
  const style = { FILLED: 'filled', FILLED_TONAL: 'tonal', BORDERLESS: 'text', OUTLINED: 'outlined' }[type as string] ?? 'outlined';
  const label = b.text ?? '';
  const iconOnly = !label && b.icon;
  const el = h(
    'button',
    {
      type: 'button',
      class: `btn btn-${iconOnly ? 'icon' : style} ${extraClass}`.trim(),
      disabled: Boolean(b.disabled),
      'aria-label': iconOnly ? (b.altText ?? b.icon?.altText ?? 'Button') : undefined,
      title: b.altText && b.altText !== label ? b.altText : undefined,
      'data-key': b.onClick?.__i !== undefined ? `click:${b.onClick.__i}` : undefined,
      style: b.color && style === 'filled' ? colorStyle(b.color) : undefined,
      on: { click: () => b.onClick && handlers.press(b.onClick) },
    },
    b.icon ? icon(b.icon, 18) : null,
    label ? h('span', null, label) : null,
  );
  return el;
}

function colorStyle(color: Json): string {
  const c = (v: unknown) => Math.round(Math.min(Math.max(Number(v ?? 0), 0), 1) * 255);
  const [r, g, b] = [c(color.red), c(color.green), c(color.blue)];
  const light = 0.299 * r + 0.587 * g + 0.114 * b > 160;
  return `background:rgb(${r},${g},${b});border-color:rgb(${r},${g},${b});color:${light ? '#202124' : '#fff'}`;
}

function decoratedText(d: Json, handlers: CardHandlers): HTMLElement {
  const startIcon = d.startIcon ?? d.icon;
  const labels = h(
    'div',
    { class: 'dt-labels' },
    d.topLabel ? h('div', { class: 'dt-top' }, richText(d.topLabel)) : null,
    h('div', { class: `dt-text ${d.wrapText ? 'wrap' : 'nowrap'}`, title: d.wrapText ? undefined : plainText(d.text ?? '') }, richText(d.text ?? '')),
    d.bottomLabel ? h('div', { class: 'dt-bottom' }, richText(d.bottomLabel)) : null,
  );
  const main = d.onClick
    ? h(
        'button',
        { type: 'button', class: 'dt-main dt-clickable', 'data-key': `click:${d.onClick.__i}`, on: { click: () => handlers.press(d.onClick) } },
        startIcon ? h('span', { class: 'dt-icon' }, icon(startIcon)) : null,
        labels,
      )
    : h('div', { class: 'dt-main' }, startIcon ? h('span', { class: 'dt-icon' }, icon(startIcon)) : null, labels);
  let end: HTMLElement | null = null;
  if (d.button) end = button(d.button, handlers, 'dt-button');
  else if (d.switchControl) end = switchControl(d.switchControl, plainText(d.text ?? ''), handlers);
  else if (d.endIcon) end = h('span', { class: 'dt-end-icon' }, icon(d.endIcon));
  return h('div', { class: 'decorated-text' }, main, end);
}

function switchControl(s: Json, label: string, handlers: CardHandlers): HTMLElement {
  const checkbox = s.controlType === 'CHECKBOX' || s.controlType === 'CHECK_BOX';
  const input = h('input', {
    type: 'checkbox',
    class: checkbox ? 'checkbox' : 'switch',
    role: checkbox ? undefined : 'switch',
    'data-field': s.name,
    'data-key': `field:${s.name}`,
    value: String(s.value ?? 'true'),
    checked: Boolean(s.selected),
    'aria-label': label || s.name,
    on: s.onChangeAction ? { change: () => handlers.change(s.name) } : undefined,
  });
  return h('label', { class: 'dt-switch' }, input);
}

function textInput(t: Json, handlers: CardHandlers): HTMLElement {
  const id = nextId('field');
  const multi = t.type === 'MULTIPLE_LINE';
  const common = {
    id,
    'data-field': t.name,
    'data-key': `field:${t.name}`,
    placeholder: t.placeholderText,
    'aria-describedby': t.hintText ? `${id}-hint` : undefined,
    on: t.onChangeAction ? { change: () => handlers.change(t.name) } : undefined,
  };
  const control = multi ? h('textarea', { ...common, rows: '5' }) : h('input', { ...common, type: 'text' });
  control.value = t.value ?? '';
  return h(
    'div',
    { class: `text-input ${multi ? 'multi' : ''}` },
    h('label', { for: id }, t.label ?? t.name),
    control,
    t.hintText ? h('div', { class: 'hint', id: `${id}-hint` }, t.hintText) : null,
  );
}

function selectionInput(s: Json, handlers: CardHandlers): HTMLElement {
  const type = s.type ?? 'CHECK_BOX';
  const items: Json[] = s.items ?? [];
  const onChange = s.onChangeAction ? { change: () => handlers.change(s.name) } : undefined;
  if (type === 'DROPDOWN') {
    const id = nextId('select');
    return h(
      'div',
      { class: 'selection dropdown' },
      h('label', { for: id }, s.label ?? s.name),
      h(
        'select',
        { id, 'data-field': s.name, 'data-key': `field:${s.name}`, on: onChange },
        items.map((item) => h('option', { value: String(item.value), selected: Boolean(item.selected) }, item.text ?? String(item.value))),
      ),
    );
  }
  const radio = type === 'RADIO_BUTTON';
  const group = nextId('group');
  return h(
    'fieldset',
    { class: `selection ${type.toLowerCase()}`, role: radio ? 'radiogroup' : undefined },
    s.label ? h('legend', null, s.label) : null,
    items.map((item, i) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type: radio ? 'radio' : 'checkbox',
          class: type === 'SWITCH' ? 'switch' : radio ? 'radio' : 'checkbox',
          role: type === 'SWITCH' ? 'switch' : undefined,
          name: radio ? group : undefined,
          value: String(item.value),
          checked: Boolean(item.selected),
          'data-field': s.name,
          'data-key': `field:${s.name}:${i}`,
          on: onChange,
        }),
        h('span', { class: 'choice-text' }, item.text ?? String(item.value), item.bottomText ? h('small', null, item.bottomText) : null),
      ),
    ),
  );
}

function imageWidget(img: Json): HTMLElement {
  const el = image(img.imageUrl, img.altText ?? '', 'image-widget');
  const url = safeHref(img.onClick?.openLink?.url ?? null);
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'image-link' }, el) : h('div', null, el);
}

function renderFooter(footer: Json, handlers: CardHandlers): HTMLElement {
  return h(
    'div',
    { class: 'fixed-footer' },
    footer.secondaryButton ? button({ type: 'OUTLINED', ...footer.secondaryButton }, handlers) : null,
    footer.primaryButton ? button({ type: 'FILLED', ...footer.primaryButton }, handlers) : null,
  );
}

/** An icon as Google's hosts show it: a known or Material icon by name, else the image at iconUrl. */
export function icon(spec: Json, size = 20): Element {
  const alt: string | undefined = spec?.altText;
  const named = spec?.knownIcon ? KNOWN_ICONS[spec.knownIcon] : spec?.materialIcon?.name;
  if (named && ICONS[named]) return svgIcon(ICONS[named]!, alt, size);
  if (spec?.iconUrl) {
    const fromUrl = materialName(spec.iconUrl);
    if (fromUrl && ICONS[fromUrl]) return svgIcon(ICONS[fromUrl]!, alt, size);
    return image(spec.iconUrl, alt ?? '', `icon-image ${spec.imageType === 'CIRCLE' ? 'circle' : ''}`, size);
  }
  return h('span', { class: 'icon-fallback', title: alt ?? named ?? spec?.knownIcon ?? '', role: alt ? 'img' : undefined, 'aria-label': alt }, '•');
}

/** gstatic's Material icon PNGs (…/2x/video_call_black_48dp.png) are drawn inline: the preview works offline. */
function materialName(url: string): string | undefined {
  return /\/(?:1x|2x)\/([a-z0-9_]+?)_(?:black|white|grey600|googblue)_\d+dp\.png$/.exec(url)?.[1];
}

/** An image that degrades to a labelled box when it cannot load (the preview is offline). */
function image(url: string, alt: string, className: string, size?: number): HTMLElement {
  const fromUrl = materialName(url);
  if (fromUrl && ICONS[fromUrl]) return h('span', { class: className }, svgIcon(ICONS[fromUrl]!, alt || undefined, size ?? 24));
  const safe = /^(https?:|data:image\/)/i.test(url) ? url : '';
  const img = h('img', {
    src: safe,
    alt,
    class: className,
    width: size ? String(size) : undefined,
    height: size ? String(size) : undefined,
    loading: 'lazy',
  });
  img.addEventListener('error', () => {
    const box = h('span', { class: `${className} image-missing`, role: 'img', 'aria-label': alt || 'image', title: url }, alt || 'image');
    img.replaceWith(box);
  });
  return img;
}
