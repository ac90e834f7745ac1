import { STRINGS } from '../i18n/strings';
import { header, paragraph } from './widgets';

export function helpCard(): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder().setName('help').setHeader(header(STRINGS.helpTitle));
  for (const [title, text] of [
    [STRINGS.helpHowTitle, STRINGS.helpHow],
    [STRINGS.helpLinksTitle, STRINGS.helpLinks],
    [STRINGS.helpWorkspaceTitle, STRINGS.helpWorkspace],
    [STRINGS.helpControlsTitle, STRINGS.helpControls],
    [STRINGS.helpLimitsTitle, STRINGS.helpLimits],
    [STRINGS.helpPrivacyTitle, STRINGS.helpPrivacy],
  ]) {
    card.addSection(CardService.newCardSection().setHeader(title).addWidget(paragraph(text)));
  }
  return card.build();
}
