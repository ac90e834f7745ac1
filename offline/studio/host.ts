import { ConsentRequired } from '../authorization';
import { Card } from '../card-service/cards';
import { jsonOf } from '../card-service';
import { inputs as inputFields, type Json } from '../card-query';
import { notModelled, NotModelledError } from '../not-modelled';
import type { OfflineRuntime } from '../runtime';
import { renderActionOf, type TextElementJson, type VariableValue } from './add-ons-response-service';
import { configEvent, executeEvent, LOCALE_SCOPE, type InputEncoding, type StepInputValue } from './events';

/**
 * Google Workspace Studio, offline: a flow that uses one of the add-on's steps. It reads the step from the
 * manifest (`addOns.flows.workflowElements`; developers.google.com/workspace/add-ons/studio/build-a-step), calls its
 * onConfigFunction when the person sets the step up and its onExecuteFunction when the flow runs, with the event
 * Studio sends (./events.ts), and holds the answer to what Google documents, refusing anything else:
 *
 * - Config: a Card (no navigation: "card navigation, such as popCard(), pushCard() and updateCard(), isn't
 *   supported", studio/configuration-cards), checked against card.proto like every card, whose input widgets are
 *   each named by one of the step's input ids ("must match the name of the corresponding card element",
 *   studio/input-variables).
 * - Execute: a RenderAction whose HostAppAction carries a ReturnOutputVariablesAction with every declared output,
 *   by id, each with one value (cardinality SINGLE) of its declared type ("OnExecuteFunction() must return all the
 *   outputs defined in the manifest; otherwise, an error occurs"; studio/output-variables: "variableData must match
 *   the dataType and cardinality"), or a ReturnElementErrorAction with its log, actionability and retryability
 *   (studio/activity-logs). A RETRYABLE error runs the step again, "for up to 5 times" (error-retryability).
 * - Studio is for Google Workspace editions (Business Starter and up, Enterprise, Education; Google Workspace Admin
 *   Help 16704187): a personal account has no Studio, and the fake refuses to run one for it.
 *
 * A refusal throws StudioRefusal, so a test that met one fails; an exception of the add-on is reported as the step
 * failing, with no log of MeetLink's (what Studio shows then is not documented).
 */
export class StudioRefusal extends Error {
  constructor(message: string) {
    super(`Workspace Studio would refuse this: ${message}`);
    this.name = 'StudioRefusal';
  }
}

/** What the flow's activity feed shows for one run of a step, and what its later steps receive. */
export interface StepRun {
  /** How many times Studio ran it (more than 1 after RETRYABLE errors). */
  attempts: number;
  /** The outputs, by id, when the step succeeded. */
  outputs?: Record<string, string | number | boolean>;
  /** The activity feed's text of the last attempt (its log, or its error log), elements joined by spaces. */
  log: string;
  /** The chips of that log, as {label, url}. */
  chips: { label?: string; url?: string; materialIcon?: string }[];
  error?: { actionable: boolean; retryable: boolean };
  /** The add-on threw instead of answering (a bug): its message. */
  exception?: string;
}

export interface StudioOptions {
  /** How input values are put in the event (./events.ts); `typed` by default. */
  inputsAs?: InputEncoding;
  /**
   * How long Studio waits before running a step again after a RETRYABLE error: not documented, so *unconfirmed*;
   * 60 s of simulated time by default.
   */
  retryGapMs?: number;
  /** Run the step once, whatever it answers: how the fault sweep and the bench measure one execution. */
  oneAttempt?: boolean;
}

const MAX_ATTEMPTS = 5;
const TYPE_OF_VALUE: Record<string, VariableValue['type']> = {
  STRING: 'string',
  INTEGER: 'integer',
  BOOLEAN: 'boolean',
  EMAIL_ADDRESS: 'emailAddress',
};

export class StudioHost {
  /** The config card the person last saw for each step (its JSON). */
  readonly configCards: Record<string, Json> = {};
  /** Every event Studio sent, in order. */
  readonly sentEvents: Json[] = [];
  /** Every function Studio called, in order. */
  readonly calls: string[] = [];

  constructor(
    readonly runtime: OfflineRuntime,
    private readonly bundle: Record<string, any>,
  ) {}

  /** The step's element in the manifest. */
  element(stepId: string): Json {
    const elements: Json[] = this.runtime.manifest.addOns?.flows?.workflowElements ?? [];
    const element = elements.find((e) => e.id === stepId);
    if (!element) throw new StudioRefusal(`the manifest declares no step "${stepId}" (addOns.flows.workflowElements)`);
    if (element.state !== 'ACTIVE') throw new StudioRefusal(`the step "${stepId}" is not ACTIVE`);
    return element;
  }

  /** The person adds the step to a flow: Studio shows its config card. */
  configure(stepId: string): Json {
    const element = this.element(stepId);
    const returned = this.call(element.workflowAction.onConfigFunction, configEvent(this.eventBase()));
    if (!(returned instanceof Card)) throw new StudioRefusal(`${element.workflowAction.onConfigFunction} answered something other than a Card`);
    const card = jsonOf(returned);
    const ids = new Set((element.workflowAction.inputs ?? []).map((i: Json) => i.id));
    for (const field of inputFields(card)) {
      if (!ids.has(field.name)) throw new StudioRefusal(`the config card's input "${field.name}" is named by no input of the step`);
    }
    this.configCards[stepId] = card;
    return card;
  }

  /** The flow reaches the step: Studio runs it with these input values (what the config card or earlier steps set). */
  runStep(stepId: string, values: Record<string, StepInputValue> = {}, options: StudioOptions = {}): StepRun {
    const element = this.element(stepId);
    const declared: Record<string, string> = Object.fromEntries(
      (element.workflowAction.inputs ?? []).map((i: Json) => [i.id, i.dataType?.basicType]),
    );
    for (const id of Object.keys(values)) if (!(id in declared)) throw new Error(`offline Studio: the step "${stepId}" has no input "${id}"`);
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const event = executeEvent({ ...this.eventBase(), declared, values, encoding: options.inputsAs ?? 'typed' });
      let returned: unknown;
      try {
        returned = this.call(element.workflowAction.onExecuteFunction, event);
      } catch (error) {
        // What the fake does not model, or refuses, is the test's to hear; anything else is the add-on failing.
        if (error instanceof NotModelledError || error instanceof StudioRefusal) throw error;
        return { attempts, log: '', chips: [], exception: error instanceof Error ? error.message : String(error) };
      }
      const run = { attempts, ...this.read(element, returned) };
      if (!run.error?.retryable || attempts === MAX_ATTEMPTS || options.oneAttempt) return run;
      this.runtime.clock.advance(options.retryGapMs ?? 60_000);
    }
  }

  private eventBase() {
    const { manifest, settings, clock, consent } = this.runtime;
    if (settings.account.kind === 'consumer') {
      throw new StudioRefusal(
        'Workspace Studio is not offered to personal Google accounts (Google Workspace Admin Help 16704187: supported editions)',
      );
    }
    return { manifest, account: settings.account, now: clock.now(), localeGranted: consent.isGranted(LOCALE_SCOPE) };
  }

  private call(fn: string, event: Json): unknown {
    if (typeof this.bundle[fn] !== 'function') throw new StudioRefusal(`the manifest names ${fn}, which the script does not have`);
    this.calls.push(fn);
    this.sentEvents.push(structuredClone(event));
    try {
      // Each call is one execution (offline/executions.ts): its locks are released when it ends.
      return this.runtime.executions.run(() => this.bundle[fn](event));
    } catch (error) {
      if (error instanceof ConsentRequired) {
        notModelled(`Offline Studio: ScriptApp.requireScopes in ${fn} is not modelled: what a flow does then is not documented.`);
      }
      throw error;
    }
  }

  /** The answer, held to what Studio documents. */
  private read(element: Json, returned: unknown): Omit<StepRun, 'attempts'> {
    const fn = element.workflowAction.onExecuteFunction;
    const render = renderActionOf(returned);
    if (!render) throw new StudioRefusal(`${fn} answered something other than a RenderAction built with AddOnsResponseService`);
    const action = render.hostAppAction?.workflowAction;
    if (action && 'returnOutputVariables' in action) {
      const { variables, log } = action.returnOutputVariables;
      const outputs: Record<string, string | number | boolean> = {};
      const declared: Json[] = element.workflowAction.outputs ?? [];
      for (const output of declared) {
        const values = variables[output.id];
        if (!values) throw new StudioRefusal(`${fn} returned no value for the output "${output.id}" (every declared output must be returned)`);
        const type = TYPE_OF_VALUE[output.dataType?.basicType];
        if (!type) notModelled(`Offline Studio: an output of type ${String(output.dataType?.basicType)} is not modelled`);
        if (values.length !== 1) throw new StudioRefusal(`the output "${output.id}" has ${values.length} values; its cardinality is SINGLE`);
        if (values[0].type !== type)
          throw new StudioRefusal(`the output "${output.id}" is ${output.dataType.basicType} but got a ${values[0].type} value`);
        outputs[output.id] = values[0].value;
      }
      const extra = Object.keys(variables).filter((id) => !declared.some((o) => o.id === id));
      if (extra.length) throw new StudioRefusal(`${fn} returned outputs the manifest does not declare: ${extra.join(', ')}`);
      return { outputs, ...text(log ?? []) };
    }
    if (action && 'returnElementError' in action) {
      const { actionability, retryability, errorLog } = action.returnElementError;
      if (!actionability || actionability.endsWith('UNSPECIFIED') || !retryability || retryability.endsWith('UNSPECIFIED')) {
        notModelled(`Offline Studio: an error with actionability ${String(actionability)} and retryability ${String(retryability)} is not modelled`);
      }
      if (!errorLog?.length)
        notModelled('Offline Studio: an error with no error log is not modelled (what the activity feed shows then is not documented)');
      return { ...text(errorLog), error: { actionable: actionability === 'ACTIONABLE', retryable: retryability === 'RETRYABLE' } };
    }
    throw new StudioRefusal(`${fn} answered no ReturnOutputVariablesAction or ReturnElementErrorAction`);
  }
}

function text(elements: TextElementJson[]): Pick<StepRun, 'log' | 'chips'> {
  return {
    log: elements.map((e) => ('text' in e ? e.text : (e.chip.label ?? ''))).join(' '),
    chips: elements.flatMap((e) => ('chip' in e ? [e.chip] : [])),
  };
}
