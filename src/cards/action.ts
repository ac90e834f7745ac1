/**
 * Every card action goes through one Apps Script function, `onAction`, with the handler's name in the
 * `action` parameter: the global surface stays small and one dispatcher catches every error.
 * Card action parameters are strings, always.
 */
export const ACTION_FUNCTION = 'onAction';

/** Derived from the handler map, so a card can only name an action that exists. */
export type { ActionName } from '../actions/registry';
import type { ActionName } from '../actions/registry';

export function action(name: ActionName, parameters: Record<string, string> = {}): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction()
    .setFunctionName(ACTION_FUNCTION)
    .setParameters({ ...parameters, action: name })
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
}

export function actionButton(text: string, name: ActionName, parameters: Record<string, string> = {}, filled = false) {
  const button = CardService.newTextButton().setText(text).setOnClickAction(action(name, parameters));
  return filled ? button.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : button;
}

export function linkButton(text: string, url: string) {
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttons(...list: GoogleAppsScript.Card_Service.TextButton[]) {
  return list.reduce((set, b) => set.addButton(b), CardService.newButtonSet());
}

export function paragraph(text: string) {
  return CardService.newTextParagraph().setText(text);
}

export function header(title: string, subtitle?: string) {
  const h = CardService.newCardHeader().setTitle(title);
  return subtitle ? h.setSubtitle(subtitle) : h;
}
