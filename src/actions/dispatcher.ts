import type { ActionName } from './registry';
import { failureCard } from '../cards/failure';
import { MeetFailure, type FailureKind } from '../meet/errors';
import { parameters, type AddOnEvent } from '../ui/event-object';
import { STRINGS } from '../ui/strings';
import type { App } from './app';
import { HANDLERS } from './registry';

/**
 * The one dispatcher for card actions. It runs the handler the `action` parameter names and turns any
 * failure into plain words in the card, with a way to try again: a person never sees a raw exception.
 */
export function dispatch(app: App, e: AddOnEvent) {
  const { action, ...rest } = parameters(e);
  const handler = HANDLERS[action as ActionName];
  if (!handler) return failureResponse('unexpected');
  try {
    return handler(app, e);
  } catch (error) {
    const kind = error instanceof MeetFailure ? error.kind : 'unexpected';
    console.error(`MeetLink action ${action} failed: ${error instanceof Error ? error.message : String(error)}`);
    return failureResponse(kind, { name: action as ActionName, parameters: rest });
  }
}

export function failureResponse(kind: FailureKind, retry?: { name: ActionName; parameters: Record<string, string> }) {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(failureCard(kind, retry)))
    .setNotification(CardService.newNotification().setText(STRINGS.failure(kind)))
    .build();
}
