import type { AddOnEvent } from '../host/event-object';
import type { App } from './app';

export type Response =
  | GoogleAppsScript.Card_Service.ActionResponse
  | GoogleAppsScript.Card_Service.UpdateDraftActionResponse
  | GoogleAppsScript.Card_Service.ComposeActionResponse;
export type Handler = (app: App, e: AddOnEvent) => Response;

/** An action response that navigates and, optionally, tells the person what happened. */
export function respond(navigation: GoogleAppsScript.Card_Service.Navigation, notification?: string): Response {
  const builder = CardService.newActionResponseBuilder().setNavigation(navigation);
  return (notification ? builder.setNotification(CardService.newNotification().setText(notification)) : builder).build();
}

/** An action response that only tells the person something; the card stays as it is. */
export function notify(text: string): Response {
  return CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();
}

export const nav = () => CardService.newNavigation();
