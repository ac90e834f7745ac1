/**
 * The widgets of google.apps.card.v1, one function each. A widget this renderer does not know is shown as a
 * visible placeholder naming its JSON key, never dropped. Every control is a real, focusable element: buttons
 * are <button>, fields are <input>/<textarea>/<select>, switches are checkboxes with role="switch".
 */
import type { Json } from '../protocol';
import { icon, image } from './card-images';
import { h } from './dom';
import { plainText, richText, safeHref } from './sanitize';

export type { Json } from '../protocol';

export interface CardHandlers {
  /** A button or clickable row: its onClick (tagged __i/__label by the server) was pressed. */
  press(onClick: Json): void;
  /** A field with an onChangeAction changed. */
  change(name: string): void;
  expanded(key: string): boolean;
  toggle(key: string): void;
}

let uid = 0;
export const nextId = (prefix: string) => `${prefix}-${++uid}`;

const WIDGET_KEYS = ['textParagraph', 'decoratedText', 'buttonList', 'textInput', 'selectionInput', 'dateTimePicker', 'divider', 'image', 'columns'];

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
    case 'dateTimePicker':
      return wrap(dateTimePicker(value, handlers));
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

/**
 * card.v1 DateTimePicker (DATE_AND_TIME): a datetime-local field showing the wall time in the picker's zone
 * (timezoneOffsetDate, minutes east of UTC); page-input.ts sends it back as ms since the epoch, as Google's
 * dateTimeInput.msSinceEpoch.
 */
function dateTimePicker(p: Json, handlers: CardHandlers): HTMLElement {
  const id = nextId('when');
  const offset = Number(p.timezoneOffsetDate ?? -new Date().getTimezoneOffset());
  const control = h('input', {
    id,
    type: 'datetime-local',
    'data-field': p.name,
    'data-key': `field:${p.name}`,
    'data-offset': String(offset),
    on: p.onChangeAction ? { change: () => handlers.change(p.name) } : undefined,
  }) as HTMLInputElement;
  if (p.valueMsEpoch !== undefined) control.value = new Date(Number(p.valueMsEpoch) + offset * 60_000).toISOString().slice(0, 16);
  return h('div', { class: 'text-input date-time' }, h('label', { for: id }, p.label ?? p.name), control);
}

function imageWidget(img: Json): HTMLElement {
  const el = image(img.imageUrl, img.altText ?? '', 'image-widget');
  const url = safeHref(img.onClick?.openLink?.url ?? null);
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'image-link' }, el) : h('div', null, el);
}
