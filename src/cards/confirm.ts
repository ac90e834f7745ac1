import type { ActionName } from '../host/actions';
import { STRINGS } from '../i18n/strings';
import { footer, header, paragraph } from './widgets';

export interface Confirmation {
  name: string;
  title: string;
  /** What will happen, in the order a person reads it; our own words, never Google's or the person's data unescaped. */
  lines: string[];
  confirm: [string, ActionName, Record<string, string>];
}

/** Asks before something that cannot be undone: the confirming button first in the footer, "Cancel" beside it. */
export function confirmCard(c: Confirmation): GoogleAppsScript.Card_Service.Card {
  const section = c.lines.reduce((s, line) => s.addWidget(paragraph(line)), CardService.newCardSection());
  return CardService.newCardBuilder()
    .setName(c.name)
    .setHeader(header(c.title))
    .addSection(section)
    .setFixedFooter(footer(c.confirm, [STRINGS.cancel, 'back']))
    .build();
}

/** Whether guests will be emailed about a change to the event, as the person's setting says. */
export function guestsLine(notifyGuests: boolean): string {
  return notifyGuests ? STRINGS.guestsEmailed : STRINGS.guestsNotEmailed;
}
