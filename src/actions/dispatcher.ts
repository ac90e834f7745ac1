import { failureCard } from '../cards/failure';
import { type ActionName, COMPOSE_ACTION_NAMES, isActionName } from '../host/actions';
import { scopesOf } from '../host/feature-scopes';
import { parameters, type AddOnEvent } from '../host/event-object';
import { logSummary, MeetFailure, retryCanHelp, type FailureKind } from '../meet/errors';
import type { App } from './app';
import { HANDLERS, WHEN_USED } from './registry';

/**
 * The one dispatcher for card actions. It runs the handler the `action` parameter names and turns any
 * failure into plain words in the card, with a way to try again: a person never sees a raw exception.
 *
 * Before the handler, the one consent check: the scopes the action's feature needs (src/host/feature-scopes.ts)
 * that the person has not granted are asked for again (ScriptApp.requireScopes ends the execution and Google shows
 * its consent screen), so an action never starts without what it needs and never fails halfway.
 *
 * A compose action (setComposeAction) may answer only a ComposeActionResponse, the one answer Google documents for
 * it: its failure is logged and thrown, and Gmail shows its own error over the card that offered it, whose words say
 * what to do (src/cards/reply-ready.ts).
 */
export function dispatch(app: App, e: AddOnEvent) {
  const { action, ...rest } = parameters(e);
  if (!isActionName(action)) return failureResponse('unexpected');
  const row = scopesOf(action);
  // `whenUsed`: scopes of a call this press makes only sometimes (Delete my MeetLink data with events journaled).
  const needs = row.whenUsed && WHEN_USED[action]?.(app) ? [...row.needs, ...row.whenUsed] : row.needs;
  const missing = app.consent.missing(needs);
  if (missing.length) app.consent.ask(missing);
  try {
    return HANDLERS[action](app, e);
  } catch (error) {
    const kind = error instanceof MeetFailure ? error.kind : 'unexpected';
    console.error(`MeetLink action ${action} failed: ${logSummary(error)}`);
    if (COMPOSE_ACTION_NAMES.includes(action)) throw new MeetFailure(kind, `The reply draft was not made (${kind}).`);
    return failureResponse(kind, retryCanHelp(kind) ? { name: action, parameters: rest } : undefined);
  }
}

/** The failure's card; no notification repeating its words (Google's guidelines: notifications stay short). */
export function failureResponse(kind: FailureKind, retry?: { name: ActionName; parameters: Record<string, string> }) {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(failureCard(kind, retry)))
    .build();
}
