import type { FailureKind } from '../meet/errors';
import { STRINGS } from '../i18n/strings';
import { type ActionName, COMPOSE_ACTION_NAMES } from '../host/actions';
import { actionButton, buttons, header, paragraph, replyButton } from './widgets';

/** A failure in plain words, with a way to try the same action again. */
export function failureCard(kind: FailureKind, retry?: { name: ActionName; parameters: Record<string, string> }): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection().addWidget(paragraph(STRINGS.failure(kind)));
  const actions = retry ? [retryButton(retry), actionButton(STRINGS.back, 'back')] : [actionButton(STRINGS.back, 'back')];
  section.addWidget(buttons(...actions));
  return CardService.newCardBuilder().setName('failure').setHeader(header(STRINGS.failureTitle)).addSection(section).build();
}

/** "Try again" is the same kind of widget as the one that failed: a compose action must stay one to open a draft. */
function retryButton(retry: { name: ActionName; parameters: Record<string, string> }) {
  return COMPOSE_ACTION_NAMES.includes(retry.name)
    ? replyButton(STRINGS.tryAgain, retry.name, true)
    : actionButton(STRINGS.tryAgain, retry.name, retry.parameters, true);
}
