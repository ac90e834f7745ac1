/**
 * The control panel: draws each control of preview/controls.ts from the state, and sends a change to
 * POST /api/settings under the control's key. A new kind of control gets a drawing function here.
 */
import {
  CONTROLS,
  type ActionsControl,
  type ChoiceControl,
  type Control,
  type RangeControl,
  type SelectControl,
  type SwitchesControl,
} from '../../controls';
import type { PreviewState, SettingsBody } from '../../protocol';
import { post } from '../api';
import { h } from '../dom';

const send = (body: SettingsBody) => void post('/api/settings', body);

export function renderControls(state: PreviewState): HTMLElement[] {
  return CONTROLS.map((control) => draw(control, state));
}

function draw(control: Control, state: PreviewState): HTMLElement {
  if (control.kind === 'choice') return choice(control, state);
  if (control.kind === 'select') return select(control, state);
  if (control.kind === 'range') return range(control, state);
  if (control.kind === 'actions') return actions(control, state);
  return switches(control, state);
}

const groupClass = (control: Control) => `dev-group${control.className ? ` ${control.className}` : ''}`;

function choice(control: ChoiceControl, state: PreviewState): HTMLElement {
  const current = control.value(state);
  return h(
    'fieldset',
    { class: groupClass(control) },
    h('legend', null, control.label),
    h(
      'div',
      { class: 'segmented' },
      control.options(state).map((option) =>
        h(
          'label',
          { class: `segment ${current === option.value ? 'on' : ''}`, title: option.hint },
          h('input', {
            type: 'radio',
            name: control.key,
            value: option.value,
            checked: current === option.value,
            'data-key': `${control.key}:${option.value}`,
            on: { change: () => send({ [control.key]: option.value }) },
          }),
          h('span', null, option.label, option.hint ? h('small', null, option.hint) : null),
        ),
      ),
    ),
  );
}

function range(control: RangeControl, state: PreviewState): HTMLElement {
  const inputId = `${control.id}-input`;
  const outputId = `${control.id}-output`;
  const shown = (value: number | string) => `${value} ${control.unit}`;
  return h(
    'div',
    { class: groupClass(control) },
    h('label', { for: inputId, class: 'dev-label' }, control.label, h('output', { for: inputId, id: outputId }, shown(control.value(state)))),
    h('input', {
      id: inputId,
      type: 'range',
      min: String(control.min),
      max: String(control.max),
      step: String(control.step),
      value: String(control.value(state)),
      'data-key': control.id,
      on: {
        input: (e: Event) => (document.getElementById(outputId)!.textContent = shown((e.target as HTMLInputElement).value)),
        change: (e: Event) => send({ [control.key]: Number((e.target as HTMLInputElement).value) }),
      },
    }),
  );
}

function switches(control: SwitchesControl, state: PreviewState): HTMLElement {
  const values = control.value(state);
  return h(
    'fieldset',
    { class: groupClass(control) },
    h('legend', null, control.label),
    control.items.map((item) =>
      h(
        'label',
        { class: control.itemName, title: item.title },
        h('input', {
          type: 'checkbox',
          class: 'checkbox',
          checked: Boolean(values[item.key]),
          'data-key': `${control.itemName}:${item.key}`,
          [`data-${control.itemName}`]: item.key,
          on: { change: (e: Event) => send({ [control.key]: { [item.key]: (e.target as HTMLInputElement).checked } }) },
        }),
        h('span', { class: `${control.itemName}-label` }, item.label),
        h('small', null, item.detail),
      ),
    ),
  );
}

function select(control: SelectControl, state: PreviewState): HTMLElement {
  const current = control.value(state);
  const options = control.options(state);
  // A value set through the API that the list lacks still shows as what is set.
  if (!options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return h(
    'div',
    { class: groupClass(control) },
    h('label', { for: control.id, class: 'dev-label' }, control.label),
    h(
      'select',
      {
        id: control.id,
        class: 'dev-select',
        'data-key': control.id,
        on: { change: (e: Event) => send({ [control.key]: (e.target as HTMLSelectElement).value }) },
      },
      options.map((o) => h('option', { value: o.value, selected: o.value === current }, o.label)),
    ),
  );
}

function actions(control: ActionsControl, state: PreviewState): HTMLElement {
  return h(
    'fieldset',
    { class: groupClass(control) },
    h('legend', null, control.label),
    h(
      'div',
      { class: 'dev-actions' },
      control.items.map((item) =>
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-outlined btn-small',
            title: item.title,
            'data-key': `${control.key}:${item.value}`,
            on: { click: () => send({ [control.key]: item.value }) },
          },
          item.label,
        ),
      ),
    ),
    control.note ? h('small', { class: 'dev-note' }, control.note(state)) : null,
  );
}
