import { failureCard } from '../cards/failure';
import { type ActionName, isActionName } from '../host/actions';
import { parameters, type AddOnEvent } from '../host/event-object';
import { logSummary, MeetFailure, type FailureKind } from '../meet/errors';
import type { App } from './app';
import { HANDLERS } from './registry';

/**
 * The one dispatcher for card actions. It runs the handler the `action` parameter names and turns any
 * failure into plain words in the card, with a way to try again: a person never sees a raw exception.
 */
export function dispatch(app: App, e: AddOnEvent) {
  const { action, ...rest } = parameters(e);
  if (!isActionName(action)) return failureResponse('unexpected');
  try {
    return HANDLERS[action](app, e);
  } catch (error) {
    const kind = error instanceof MeetFailure ? error.kind : 'unexpected';
    console.error(`MeetLink action ${action} failed: ${logSummary(error)}`);
    return failureResponse(kind, { name: action, parameters: rest });
  }
}

/** The failure's card; no notification repeating its words (Google's guidelines: notifications stay short). */
export function failureResponse(kind: FailureKind, retry?: { name: ActionName; parameters: Record<string, string> }) {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(failureCard(kind, retry)))
    .build();
}
