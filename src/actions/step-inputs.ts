import type { AddOnEvent, WorkflowValues } from '../host/event-object';
import type { BasicType, StudioStep, Values } from '../host/studio-steps';

/**
 * A step's inputs as Studio sent them (`workflow.actionInvocation.inputs.{id}`; developers.google.com/workspace/
 * add-ons/studio/event-objects), each read by the type its row in src/host/studio-steps.ts declares. Studio's
 * sample shows `stringValues` and `integerValues`; Google's error-handling sample reads an INTEGER input from
 * `stringValues` too, so every type is also read from its text. An input left empty may be absent: it reads as
 * '' (text), false (a switch) or 0. Anything that is not of the expected kind reads as empty, never as an error
 * before the step's own checks: a value from an earlier step can be anything.
 */
export function stepInputs<S extends StudioStep>(step: S, e: AddOnEvent | undefined): Values<S['inputs']> {
  const sent: unknown = e?.workflow?.actionInvocation?.inputs;
  const inputs = sent && typeof sent === 'object' ? (sent as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  for (const [id, declared] of Object.entries(step.inputs)) {
    // Only the declared ids are read, none of them a name Object.prototype has.
    const value = inputs[id];
    values[id] = read(declared.type, value && typeof value === 'object' ? (value as WorkflowValues) : {});
  }
  return values as Values<S['inputs']>;
}

function read(type: BasicType, values: WorkflowValues): string | number | boolean {
  const first = (list: unknown) => (Array.isArray(list) ? list[0] : undefined);
  const text = first(values.stringValues);
  const asText = typeof text === 'string' ? text.trim() : '';
  switch (type) {
    case 'BOOLEAN': {
      const flag = first(values.booleanValues);
      return flag === true || asText.toLowerCase() === 'true';
    }
    case 'INTEGER': {
      const number = first(values.integerValues);
      const parsed = typeof number === 'number' || typeof number === 'string' ? Number(number) : Number.parseInt(asText, 10);
      return Number.isSafeInteger(parsed) ? parsed : 0;
    }
    default:
      return asText;
  }
}
