import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml } from '../text/escape';
import { confirmCard, guestsLine } from './confirm';

/** Asks before removing; a third-party conference gets the warning that it cannot be restored. */
export function confirmRemoveCard(parameters: Record<string, string>, notifyGuests: boolean): GoogleAppsScript.Card_Service.Card {
  // The conference's name travels in the card's parameters: from Calendar data, so escaped and clipped again.
  const other = parameters.other ? clip(parameters.other) : '';
  return confirmCard({
    name: 'confirmRemove',
    title: other ? `${STRINGS.removeOther(other)}?` : STRINGS.confirmRemoveTitle,
    lines: [other ? STRINGS.confirmRemoveOther(escapeHtml(other)) : STRINGS.confirmRemoveMeet, guestsLine(notifyGuests)],
    confirm: [STRINGS.remove, 'removeFromEvent', { ...parameters, other }],
  });
}

/** Asks before replacing the Meet link, or before switching a third-party conference to Google Meet. */
export function confirmReplaceCard(parameters: Record<string, string>, notifyGuests: boolean): GoogleAppsScript.Card_Service.Card {
  const other = parameters.other ? clip(parameters.other) : '';
  return confirmCard({
    name: 'confirmReplace',
    title: other ? STRINGS.confirmSwitchTitle : STRINGS.confirmReplaceTitle,
    lines: [other ? STRINGS.confirmSwitch(escapeHtml(other)) : STRINGS.confirmReplace, guestsLine(notifyGuests)],
    confirm: [other ? STRINGS.switchToMeet : STRINGS.replace, 'replaceOnEvent', { ...parameters, other }],
  });
}
