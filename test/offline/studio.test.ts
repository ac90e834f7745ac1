import { createOfflineRuntime, readManifest, WORKSPACE, type Manifest } from '../../offline/runtime';
import { StudioHost, StudioRefusal } from '../../offline/studio/host';
import { allowNotModelled } from '../support/harness';

/**
 * The offline Google Workspace Studio (offline/studio/): it holds a step's answers to what Google documents and
 * refuses the rest, as Studio would. A tiny script of its own stands in for the add-on here, so each rule can be
 * broken on purpose.
 */
const STEP = {
  id: 'demo',
  state: 'ACTIVE',
  name: 'Demo',
  description: 'A demo step',
  workflowAction: {
    inputs: [
      { id: 'value1', description: 'A number', cardinality: 'SINGLE', dataType: { basicType: 'INTEGER' } },
      { id: 'flag', description: 'A switch', cardinality: 'SINGLE', dataType: { basicType: 'BOOLEAN' } },
    ],
    outputs: [
      { id: 'result', description: 'The result', cardinality: 'SINGLE', dataType: { basicType: 'STRING' } },
      { id: 'count', description: 'A count', cardinality: 'SINGLE', dataType: { basicType: 'INTEGER' } },
    ],
    onConfigFunction: 'onConfigDemo',
    onExecuteFunction: 'onExecuteDemo',
  },
};

function studio(execute: (R: any, e: any) => unknown, config?: (C: any) => unknown) {
  const manifest: Manifest = { ...readManifest(), addOns: { ...readManifest().addOns, flows: { workflowElements: [STEP] } } };
  const runtime = createOfflineRuntime({ account: WORKSPACE, manifest });
  const g = runtime.globals as any;
  const bundle = {
    onExecuteDemo: (e: any) => execute(g.AddOnsResponseService, e),
    onConfigDemo: () => (config ?? defaultConfig)(g.CardService),
  };
  return { runtime, studio: new StudioHost(runtime, bundle) };
}

const defaultConfig = (C: any) =>
  C.newCardBuilder()
    .addSection(C.newCardSection().addWidget(C.newTextInput().setFieldName('value1').setTitle('Value')))
    .build();

/** The documented answer: every output, each of its type, and a log. */
const outputs = (R: any, values: { result?: unknown; count?: unknown } = { result: 'ok', count: 2 }) => {
  const action = R.newReturnOutputVariablesAction();
  if (values.result !== undefined) action.addVariableData('result', R.newVariableData().addStringValue(values.result));
  if (values.count !== undefined) action.addVariableData('count', R.newVariableData().addIntegerValue(values.count));
  action.setLog(R.newWorkflowTextFormat().addTextFormatElement(R.newTextFormatElement().setText('Done.')));
  return R.newRenderActionBuilder().setHostAppAction(R.newHostAppAction().setWorkflowAction(action)).build();
};

const error = (R: any, retryable: boolean) =>
  R.newRenderActionBuilder()
    .setHostAppAction(
      R.newHostAppAction().setWorkflowAction(
        R.newReturnElementErrorAction()
          .setErrorActionability(R.ErrorActionability.NOT_ACTIONABLE)
          .setErrorRetryability(retryable ? R.ErrorRetryability.RETRYABLE : R.ErrorRetryability.NOT_RETRYABLE)
          .setErrorLog(R.newWorkflowTextFormat().addTextFormatElement(R.newTextFormatElement().setText('It failed.'))),
      ),
    )
    .build();

describe('the answer of onExecuteFunction', () => {
  it('gives later steps every declared output and the activity feed its log', () => {
    const { studio: s } = studio((R) => outputs(R));
    expect(s.runStep('demo')).toEqual({ attempts: 1, outputs: { result: 'ok', count: 2 }, log: 'Done.', chips: [] });
  });

  it('is refused when an output is missing, extra, of the wrong type, or has two values', () => {
    /** A run whose step answers these variables (built by the step with AddOnsResponseService). */
    const answering = (variables: (R: any) => Record<string, any>) => () =>
      studio((R) =>
        R.newRenderActionBuilder()
          .setHostAppAction(R.newHostAppAction().setWorkflowAction(R.newReturnOutputVariablesAction().setVariableDataMap(variables(R))))
          .build(),
      ).studio.runStep('demo');
    const count = (R: any) => R.newVariableData().addIntegerValue(1);
    expect(() => studio((R) => outputs(R, { result: 'ok' })).studio.runStep('demo')).toThrow(/no value for the output "count"/);
    expect(
      answering((R) => ({ result: R.newVariableData().addStringValue('a'), count: count(R), other: R.newVariableData().addStringValue('b') })),
    ).toThrow(/does not declare: other/);
    expect(answering((R) => ({ result: R.newVariableData().addBooleanValue(true), count: count(R) }))).toThrow(
      /"result" is STRING but got a boolean value/,
    );
    expect(answering((R) => ({ result: R.newVariableData().addStringValue('a').addStringValue('b'), count: count(R) }))).toThrow(
      /2 values; its cardinality is SINGLE/,
    );
  });

  it('is refused when it is not a RenderAction (a plain object, a card)', () => {
    expect(() => studio(() => ({ result: 'ok' })).studio.runStep('demo')).toThrow(StudioRefusal);
    expect(() => studio(() => defaultConfig(createOfflineRuntime().globals.CardService)).studio.runStep('demo')).toThrow(StudioRefusal);
  });

  it('checks arguments as Apps Script does: an integer output must be an integer', () => {
    const { studio: s } = studio((R) => outputs(R, { result: 'ok', count: 2.5 }));
    expect(s.runStep('demo').exception).toMatch(/don't match the method signature for AddOnsResponseService.VariableData.addIntegerValue/);
  });

  it('throws "not modelled" for a builder or member the fake does not model, documented or not', () => {
    allowNotModelled();
    expect(() => studio((R) => R.newVariableData().addTimestampValue(1)).studio.runStep('demo')).toThrow(
      /VariableData.addTimestampValue is not modelled/,
    );
    expect(() => studio((R) => R.newNavigation()).studio.runStep('demo')).toThrow(/AddOnsResponseService.newNavigation is not modelled/);
    expect(() => studio((R) => R.newRenderActionBuilder().build()).studio.runStep('demo')).toThrow(/no workflow action is not modelled/);
  });

  it('runs the step again after a RETRYABLE error, at most 5 times; a NOT_RETRYABLE error ends it', () => {
    let calls = 0;
    const flaky = studio((R) => (++calls < 3 ? error(R, true) : outputs(R)));
    expect(flaky.studio.runStep('demo')).toMatchObject({ attempts: 3, outputs: { result: 'ok' } });
    const failing = studio((R) => error(R, true));
    expect(failing.studio.runStep('demo')).toEqual({ attempts: 5, log: 'It failed.', chips: [], error: { actionable: false, retryable: true } });
    expect(studio((R) => error(R, false)).studio.runStep('demo')).toMatchObject({ attempts: 1, error: { retryable: false } });
  });

  it('calling requireScopes inside a flow is not modelled: Google does not say what a flow does then', () => {
    allowNotModelled();
    const { studio: s, runtime } = studio(() => (runtime.globals as any).ScriptApp.requireScopes('FULL', [readManifest().oauthScopes![0]]));
    runtime.consent.untick(readManifest().oauthScopes![0]);
    expect(() => s.runStep('demo')).toThrow(/not modelled/);
  });
});

describe('the event of onExecuteFunction', () => {
  it('carries each input in the array of its type, hostApp WORKFLOW, and the locale only with script.locale granted', () => {
    const seen: any[] = [];
    const { studio: s, runtime } = studio((R, e) => {
      seen.push(e);
      return outputs(R);
    });
    s.runStep('demo', { value1: 2, flag: true });
    expect(seen[0].workflow).toEqual({
      triggerEventSource: 'TRIGGER_EVENT_SOURCE_AUTOMATED',
      actionInvocation: { inputs: { value1: { integerValues: [2] }, flag: { booleanValues: [true] } } },
    });
    expect(seen[0].commonEventObject).toEqual({
      hostApp: 'WORKFLOW',
      platform: 'WEB',
      userLocale: 'en',
      timeZone: { id: 'America/New_York', offset: -18_000_000 },
    });
    expect(seen[0].userTimezone).toEqual({ id: 'America/New_York', offSet: '-18000000' });
    s.runStep('demo', { value1: 2 }, { inputsAs: 'strings' });
    expect(seen[1].workflow.actionInvocation.inputs).toEqual({ value1: { stringValues: ['2'] } });
    runtime.consent.untick('https://www.googleapis.com/auth/script.locale');
    s.runStep('demo');
    expect(seen[2].commonEventObject).toEqual({ hostApp: 'WORKFLOW', platform: 'WEB' });
    expect(() => s.runStep('demo', { nope: 'x' })).toThrow(/no input "nope"/);
  });
});

describe('the config card', () => {
  it('must be a Card whose inputs are each named by an input of the step', () => {
    expect(studio((R) => outputs(R)).studio.configure('demo').sections[0].widgets[0].textInput.name).toBe('value1');
    const stray = (C: any) =>
      C.newCardBuilder()
        .addSection(C.newCardSection().addWidget(C.newTextInput().setFieldName('other').setTitle('Other')))
        .build();
    expect(() => studio((R) => outputs(R), stray).studio.configure('demo')).toThrow(/"other" is named by no input/);
    const pushed = (C: any) =>
      C.newActionResponseBuilder()
        .setNavigation(C.newNavigation().pushCard(defaultConfig(C)))
        .build();
    expect(() => studio((R) => outputs(R), pushed).studio.configure('demo')).toThrow(/other than a Card/);
  });
});
