/**
 * The Studio panel: Google Workspace Studio running one of the add-on's steps, as a flow does with nobody watching.
 * Pick a step of the manifest, fill its inputs (what its config card or an earlier step would set), run it; the
 * panel shows its outputs, which the flow's next steps would get, and the activity log Studio would show.
 */
import type { PreviewState, StudioRunView, StudioStepView, StudioVariable } from '../../protocol';
import { post } from '../api';
import { h } from '../dom';
import { ui, update } from '../store';

export function renderStudio(state: PreviewState): HTMLElement {
  const steps = state.studio.steps;
  const panel = h('section', { class: 'studio-panel', 'aria-label': 'Workspace Studio' }, h('h2', { class: 'dev-title' }, 'Workspace Studio'));
  if (!steps.length) return append(panel, h('p', { class: 'empty' }, 'The manifest declares no Studio step.'));
  const step = steps.find((s) => s.id === ui.studio.step) ?? steps[0];
  ui.studio.step = step.id;
  const picker = h(
    'select',
    {
      class: 'dev-select',
      'data-key': 'studio-step',
      'aria-label': 'Step',
      on: { change: (e: Event) => update((u) => (u.studio = { step: (e.target as HTMLSelectElement).value, values: {} })) },
    },
    steps.map((s) => h('option', { value: s.id, selected: s.id === step.id }, s.name)),
  );
  const run = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-filled btn-small',
      'data-key': 'studio-run',
      on: { click: () => void post('/api/studio/run', { step: step.id, inputs: values(step) }) },
    },
    'Run step',
  );
  append(
    panel,
    h('p', { class: 'dev-note' }, 'Runs a step as a flow does: nobody watching, its outputs passed to the next steps.'),
    h('label', { class: 'dev-label' }, 'Step'),
    picker,
    ...examples(step),
    h('div', { class: 'studio-inputs' }, step.inputs.map(field)),
    h('div', { class: 'dev-actions' }, run),
  );
  const last = state.studio.lastRun;
  if (last && last.step === step.id) append(panel, result(step, last));
  return panel;
}

function append(parent: HTMLElement, ...children: HTMLElement[]): HTMLElement {
  parent.append(...children);
  return parent;
}

/**
 * One button per seeded example (yesterday's *Design review*, as its event or its Meet link): it fills the inputs
 * with what a Calendar starter or an earlier step would pass, and leaves the others empty.
 */
function examples(step: StudioStepView): HTMLElement[] {
  if (!step.examples.length) return [];
  return [
    h('p', { class: 'dev-note' }, 'Fill in the meeting the preview seeded:'),
    h(
      'div',
      { class: 'studio-examples' },
      step.examples.map((example, i) =>
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-outlined btn-small',
            'data-key': `studio-example-${i}`,
            on: { click: () => update((u) => (u.studio = { step: step.id, values: { ...example.values } })) },
          },
          example.label,
        ),
      ),
    ),
  ];
}

/** The inputs to send: only those filled in, as a flow leaves the others empty. */
function values(step: StudioStepView): Record<string, string | boolean> {
  const filled: Record<string, string | boolean> = {};
  for (const input of step.inputs) {
    const value = ui.studio.values[input.id];
    if (value !== undefined && value !== '' && value !== false) filled[input.id] = value;
  }
  return filled;
}

/** One input: a checkbox for a BOOLEAN, a text box (an email box for EMAIL_ADDRESS) for the rest. */
function field(input: StudioVariable): HTMLElement {
  const id = `studio-input-${input.id}`;
  const value = ui.studio.values[input.id];
  if (input.type === 'BOOLEAN') {
    return h(
      'label',
      { class: 'studio-check', title: input.description },
      h('input', {
        type: 'checkbox',
        id,
        'data-key': id,
        checked: value === true,
        on: { change: (e: Event) => (ui.studio.values[input.id] = (e.target as HTMLInputElement).checked) },
      }),
      h('span', null, input.id, h('small', null, input.description)),
    );
  }
  return h(
    'div',
    { class: 'studio-field' },
    h('label', { for: id }, input.id, h('small', null, `${input.type} · ${input.description}`)),
    h('input', {
      id,
      type: input.type === 'EMAIL_ADDRESS' ? 'email' : 'text',
      class: 'dev-select',
      'data-key': id,
      value: typeof value === 'string' ? value : '',
      on: { input: (e: Event) => (ui.studio.values[input.id] = (e.target as HTMLInputElement).value) },
    }),
  );
}

/** What the run gave: the activity log, then the outputs (or why there are none). */
function result(step: StudioStepView, run: StudioRunView): HTMLElement {
  const status = run.exception
    ? `The step threw: ${run.exception}`
    : run.error
      ? `Failed${run.error.actionable ? ': fix it in the step' : ''}${run.error.retryable ? '; Studio would run it again (up to 5 times)' : ''}.`
      : 'Done.';
  return h(
    'div',
    { class: `studio-result${run.error || run.exception ? ' failed' : ''}`, 'data-key': 'studio-result' },
    h('h3', null, 'Activity'),
    h('p', { class: 'studio-status' }, status),
    run.log ? h('p', { class: 'studio-log' }, run.log) : null,
    run.outputs
      ? h(
          'table',
          { class: 'log studio-outputs' },
          h('thead', null, h('tr', null, h('th', null, 'Output'), h('th', null, 'Value'))),
          h(
            'tbody',
            null,
            step.outputs.map((o) =>
              h('tr', null, h('td', { title: o.description }, o.id), h('td', { 'data-output': o.id }, String(run.outputs?.[o.id] ?? ''))),
            ),
          ),
        )
      : null,
  );
}
