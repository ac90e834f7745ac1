import { STRINGS } from '../i18n/strings';
import { header, paragraph } from './widgets';

export function helpCard(): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder().setName('help').setHeader(header(STRINGS.helpTitle));
  for (const [title, text] of [
    [STRINGS.helpHowTitle, STRINGS.helpHow],
    [STRINGS.helpLinksTitle, STRINGS.helpLinks],
    [STRINGS.helpWorkspaceTitle, STRINGS.helpWorkspace],
    [STRINGS.helpLimitsTitle, STRINGS.helpLimits],
    [STRINGS.helpPrivacyTitle, STRINGS.helpPrivacy],
  ]) {
    const section = CardService.newCardSection().setHeader(title).addWidget(paragraph(text));
    // What is stored, then how to delete all of it, by the names README and the privacy policy use.
    if (title === STRINGS.helpPrivacyTitle) section.addWidget(paragraph(STRINGS.helpDeleteData));
    card.addSection(section);
  }
  return card.build();
}
