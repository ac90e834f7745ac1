import { defineEnum, EnumValue } from '../card-service/enums';
import { notModelled } from '../not-modelled';

/**
 * AddOnsResponseService, offline: the builders a Google Workspace Studio step answers with, as far as Google's
 * reference documents them (developers.google.com/apps-script/reference/add-ons-response-service: render-action-
 * builder, host-app-action, return-output-variables-action, return-element-error-action, variable-data,
 * workflow-text-format, text-format-element, text-format-chip, text-format-icon, error-actionability,
 * error-retryability). Every object is strict: any other member, documented or not (setAction, the
 * navigation and card-update builders, addFloatValue, addTimestampValue whose argument type is not stated,
 * setStyledText…), throws "not modelled" rather than guess. Arguments are checked the way Apps Script checks
 * them: a wrong type is "The parameters (…) don't match the method signature".
 *
 * What the Studio host reads of an answer: `renderActionOf(value)` (offline/studio/host.ts).
 */

const STATE = Symbol('state');

export type VariableValue =
  | { type: 'string'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'emailAddress'; value: string };

export type TextElementJson = { text: string } | { chip: { url?: string; label?: string; materialIcon?: string } };

export type WorkflowActionJson =
  | { returnOutputVariables: { variables: Record<string, VariableValue[]>; log?: TextElementJson[] } }
  | { returnElementError: { actionability?: string; retryability?: string; errorLog?: TextElementJson[] } };

export interface RenderActionJson {
  hostAppAction?: { workflowAction?: WorkflowActionJson };
}

/** error-actionability, error-retryability: their properties. */
export const ErrorActionability = defineEnum('ErrorActionability', ['ERROR_ACTIONABILITY_UNSPECIFIED', 'NOT_ACTIONABLE', 'ACTIONABLE']);
export const ErrorRetryability = defineEnum('ErrorRetryability', ['RETRYABILITY_UNSPECIFIED', 'NOT_RETRYABLE', 'RETRYABLE']);

function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (value instanceof EnumValue) return 'Enum';
  if (typeof value === 'object') return value.constructor?.name ?? 'Object';
  return ({ string: 'String', boolean: 'Boolean', number: 'Number' } as Record<string, string>)[typeof value] ?? typeof value;
}

function mismatch(method: string, ...args: unknown[]): Error {
  return new Error(
    `Exception: The parameters (${args.map(typeName).join(',')}) don't match the method signature for AddOnsResponseService.${method}.`,
  );
}

function check<T>(method: string, value: unknown, ok: (v: unknown) => boolean): T {
  if (!ok(value)) throw mismatch(method, value);
  return value as T;
}
const isString = (v: unknown) => typeof v === 'string';
const of = (type: abstract new (...args: never[]) => unknown) => (v: unknown) => v instanceof type;
const member = (values: Readonly<Record<string, EnumValue>>) => (v: unknown) => v instanceof EnumValue && Object.values(values).includes(v);

/** An object whose unknown members throw "not modelled" (symbols and the usual probes pass through). */
function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object || key === 'then' || key === 'toJSON') return Reflect.get(object, key, receiver);
      return notModelled(`Offline AddOnsResponseService: ${name}.${key} is not modelled (offline/studio/add-ons-response-service.ts).`);
    },
  });
}

class TextFormatIcon {
  [STATE]: { materialIcon?: string } = {};
  setMaterialIconName(name: string): this {
    this[STATE].materialIcon = check('TextFormatIcon.setMaterialIconName', name, isString);
    return this;
  }
}

class TextFormatChip {
  [STATE]: { url?: string; label?: string; materialIcon?: string } = {};
  setUrl(url: string): this {
    this[STATE].url = check('TextFormatChip.setUrl', url, isString);
    return this;
  }
  setLabel(label: string): this {
    this[STATE].label = check('TextFormatChip.setLabel', label, isString);
    return this;
  }
  setTextFormatIcon(icon: TextFormatIcon): this {
    this[STATE].materialIcon = check<TextFormatIcon>('TextFormatChip.setTextFormatIcon', icon, of(TextFormatIcon))[STATE].materialIcon;
    return this;
  }
}

class TextFormatElement {
  [STATE]: { element?: TextElementJson } = {};
  setText(text: string): this {
    return this.set({ text: check('TextFormatElement.setText', text, isString) });
  }
  setTextFormatChip(chip: TextFormatChip): this {
    return this.set({ chip: { ...check<TextFormatChip>('TextFormatElement.setTextFormatChip', chip, of(TextFormatChip))[STATE] } });
  }
  /** One element is one thing: what Google does with a second setter on the same element is not documented. */
  private set(element: TextElementJson): this {
    if (this[STATE].element)
      notModelled('Offline AddOnsResponseService: a TextFormatElement given both a text and a chip (or two of either) is not modelled.');
    this[STATE].element = element;
    return this;
  }
}

class WorkflowTextFormat {
  [STATE]: { elements: TextElementJson[] } = { elements: [] };
  addTextFormatElement(element: TextFormatElement): this {
    const built = check<TextFormatElement>('WorkflowTextFormat.addTextFormatElement', element, of(TextFormatElement))[STATE].element;
    if (!built) notModelled('Offline AddOnsResponseService: an empty TextFormatElement in a WorkflowTextFormat is not modelled.');
    this[STATE].elements.push(built);
    return this;
  }
}

class VariableData {
  [STATE]: { values: VariableValue[] } = { values: [] };
  addStringValue(value: string): this {
    this[STATE].values.push({ type: 'string', value: check('VariableData.addStringValue', value, isString) });
    return this;
  }
  /** "value Integer": a number with a fraction is not one. */
  addIntegerValue(value: number): this {
    this[STATE].values.push({ type: 'integer', value: check('VariableData.addIntegerValue', value, (v) => Number.isSafeInteger(v)) });
    return this;
  }
  addBooleanValue(value: boolean): this {
    this[STATE].values.push({ type: 'boolean', value: check('VariableData.addBooleanValue', value, (v) => typeof v === 'boolean') });
    return this;
  }
  addEmailAddress(emailAddress: string): this {
    this[STATE].values.push({ type: 'emailAddress', value: check('VariableData.addEmailAddress', emailAddress, isString) });
    return this;
  }
}

class ReturnOutputVariablesAction {
  [STATE]: { variables: Record<string, VariableValue[]>; log?: TextElementJson[] } = { variables: {} };
  /** "Adds a variable data keyed by its variable name, a value is overwritten if the key already exists." */
  addVariableData(key: string, value: VariableData): this {
    check('ReturnOutputVariablesAction.addVariableData', key, isString);
    this[STATE].variables[key] = [...check<VariableData>('ReturnOutputVariablesAction.addVariableData', value, of(VariableData))[STATE].values];
    return this;
  }
  /** "Sets the map of the variable data keyed by variable name, a value is overwritten if the key already exists." */
  setVariableDataMap(variables: Record<string, VariableData>): this {
    check('ReturnOutputVariablesAction.setVariableDataMap', variables, (v) => typeof v === 'object' && v !== null && !Array.isArray(v));
    for (const [key, value] of Object.entries(variables)) this.addVariableData(key, value);
    return this;
  }
  setLog(log: WorkflowTextFormat): this {
    this[STATE].log = [...check<WorkflowTextFormat>('ReturnOutputVariablesAction.setLog', log, of(WorkflowTextFormat))[STATE].elements];
    return this;
  }
}

class ReturnElementErrorAction {
  [STATE]: { actionability?: string; retryability?: string; errorLog?: TextElementJson[] } = {};
  setErrorActionability(value: EnumValue): this {
    this[STATE].actionability = check<EnumValue>('ReturnElementErrorAction.setErrorActionability', value, member(ErrorActionability)).toString();
    return this;
  }
  setErrorRetryability(value: EnumValue): this {
    this[STATE].retryability = check<EnumValue>('ReturnElementErrorAction.setErrorRetryability', value, member(ErrorRetryability)).toString();
    return this;
  }
  setErrorLog(log: WorkflowTextFormat): this {
    this[STATE].errorLog = [...check<WorkflowTextFormat>('ReturnElementErrorAction.setErrorLog', log, of(WorkflowTextFormat))[STATE].elements];
    return this;
  }
}

class HostAppAction {
  [STATE]: { workflowAction?: WorkflowActionJson } = {};
  setWorkflowAction(action: ReturnOutputVariablesAction | ReturnElementErrorAction): this {
    if (action instanceof ReturnOutputVariablesAction) this[STATE].workflowAction = { returnOutputVariables: structuredClone(action[STATE]) };
    else if (action instanceof ReturnElementErrorAction) this[STATE].workflowAction = { returnElementError: structuredClone(action[STATE]) };
    else throw mismatch('HostAppAction.setWorkflowAction', action);
    return this;
  }
}

class RenderAction {
  [STATE]: RenderActionJson;
  constructor(json: RenderActionJson) {
    this[STATE] = json;
  }
}

class RenderActionBuilder {
  [STATE]: RenderActionJson = {};
  setHostAppAction(hostAppAction: HostAppAction): this {
    this[STATE].hostAppAction = structuredClone(
      check<HostAppAction>('RenderActionBuilder.setHostAppAction', hostAppAction, of(HostAppAction))[STATE],
    );
    return this;
  }
  /** A RenderAction that carries nothing tells Studio nothing; Google's exact refusal is not documented. */
  build(): RenderAction {
    if (!this[STATE].hostAppAction?.workflowAction)
      notModelled(
        'Offline AddOnsResponseService: a RenderAction built with no workflow action is not modelled (Google does not document its answer).',
      );
    return strict('RenderAction', new RenderAction(structuredClone(this[STATE])));
  }
}

/** What the Studio host receives: the RenderAction's content, or undefined for anything that is not one. */
export function renderActionOf(value: unknown): RenderActionJson | undefined {
  return value instanceof RenderAction ? structuredClone(value[STATE]) : undefined;
}

/** A fresh `AddOnsResponseService` global. */
export function createAddOnsResponseService() {
  return strict('AddOnsResponseService', {
    newRenderActionBuilder: () => strict('RenderActionBuilder', new RenderActionBuilder()),
    newHostAppAction: () => strict('HostAppAction', new HostAppAction()),
    newReturnOutputVariablesAction: () => strict('ReturnOutputVariablesAction', new ReturnOutputVariablesAction()),
    newReturnElementErrorAction: () => strict('ReturnElementErrorAction', new ReturnElementErrorAction()),
    newVariableData: () => strict('VariableData', new VariableData()),
    newWorkflowTextFormat: () => strict('WorkflowTextFormat', new WorkflowTextFormat()),
    newTextFormatElement: () => strict('TextFormatElement', new TextFormatElement()),
    newTextFormatChip: () => strict('TextFormatChip', new TextFormatChip()),
    newTextFormatIcon: () => strict('TextFormatIcon', new TextFormatIcon()),
    ErrorActionability,
    ErrorRetryability,
  });
}
