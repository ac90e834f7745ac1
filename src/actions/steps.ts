import { failureCard } from '../cards/failure';
import type { AddOnEvent } from '../host/event-object';
import { FEATURE_SCOPES, STEP_FEATURE } from '../host/feature-scopes';
import { STUDIO_STEPS, type StepId } from '../host/studio-steps';
import { logSummary } from '../meet/errors';
import type { App } from './app';
import { afterMeetingConfig, afterMeetingFailed, afterMeetingStep } from './after-meeting-step';
import { makeLinkConfig, makeLinkFailed, makeMeetLinkStep } from './make-link-step';
import { doneResponse, failedResponse, type StepDone, type StepFailed } from './step-response';

/**
 * The one runner of MeetLink's Google Workspace Studio steps, as the dispatcher is of card actions: a handler per
 * step (its config card, its execution), the consent check before it, and every failure turned into words in the
 * flow's activity feed (never an exception: Studio would show only that the step failed).
 */
interface StepHandler<S extends (typeof STUDIO_STEPS)[StepId]> {
  config(app: App, e: AddOnEvent | undefined): GoogleAppsScript.Card_Service.Card;
  execute(app: App, e: AddOnEvent | undefined): StepDone<S> | StepFailed;
  /** The step's words when it cannot start (a scope it needs is not granted) or failed unexpectedly. */
  failed(reason: 'consent' | 'unexpected'): StepFailed;
}

export const STEP_HANDLERS: { [K in StepId]: StepHandler<(typeof STUDIO_STEPS)[K]> } = {
  makeMeetLink: { config: makeLinkConfig, execute: makeMeetLinkStep, failed: makeLinkFailed },
  afterMeeting: { config: afterMeetingConfig, execute: afterMeetingStep, failed: afterMeetingFailed },
};

/**
 * onConfigFunction: the step's config card. Studio supports no card navigation in a step (studio/
 * configuration-cards, "Card considerations and limitations"): the function answers the Card itself.
 */
export function configureStep(app: App, id: StepId, e: AddOnEvent | undefined): GoogleAppsScript.Card_Service.Card {
  try {
    return STEP_HANDLERS[id].config(app, e);
  } catch (error) {
    console.error(`MeetLink step ${id}: the config card failed: ${logSummary(error)}`);
    return failureCard('unexpected');
  }
}

/**
 * onExecuteFunction. Nobody is watching a flow run, and what ScriptApp.requireScopes does inside one is not
 * documented: a scope the step needs that is not granted ends it with an error saying what to allow and where,
 * as Google's own logging sample does for a missing grant (studio/activity-logs), before any Google call.
 */
export function runStep(app: App, id: StepId, e: AddOnEvent | undefined) {
  const step = STUDIO_STEPS[id];
  if (app.consent.missing(FEATURE_SCOPES[STEP_FEATURE[id]].needs).length) return failedResponse(STEP_HANDLERS[id].failed('consent'));
  let result: StepDone<typeof step> | StepFailed;
  try {
    result = STEP_HANDLERS[id].execute(app, e);
  } catch (error) {
    console.error(`MeetLink step ${id} failed: ${logSummary(error)}`);
    result = STEP_HANDLERS[id].failed('unexpected');
  }
  return 'outputs' in result ? doneResponse(step, result) : failedResponse(result);
}
