import { STRINGS } from '../i18n/strings';
import { header, paragraph } from './widgets';
import { PRESETS } from '../settings';
import { escapeHtml } from '../text/escape';

export interface HelpView {
  /** A free Google account: the work-and-school controls are named once, with why this account lacks them. */
  freeAccount: boolean;
}

/**
 * Help, a section per topic, each one or more paragraphs: what MeetLink does, replying to an open email, your
 * links, work accounts, the limits, and what is stored. A new feature gets its own section next to the ones it
 * belongs with (inviting to a meeting belongs after replying). A free account reads one short section on what
 * work and school accounts have, not two sections on controls it cannot use.
 */
export function helpCard(view: HelpView): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder().setName('help').setHeader(header(STRINGS.helpTitle));
  const workAndSchool: [string, ...string[]][] = view.freeAccount
    ? [[STRINGS.helpWorkspaceTitle, STRINGS.helpWorkspaceFree]]
    : [
        [STRINGS.helpWorkspaceTitle, STRINGS.helpWorkspace],
        // The presets by the names their switches in Settings read.
        [STRINGS.helpControlsTitle, STRINGS.helpControls, escapeHtml(`${STRINGS.presetsTitle}: ${STRINGS.presetList(PRESETS)}`)],
        // After the meeting: what it shows, and what it reads and keeps (nothing).
        [STRINGS.helpAfterTitle, STRINGS.helpAfter, STRINGS.helpAfterPrivacy],
        // Workspace Studio (work and school accounts only): the steps MeetLink offers to people's own flows.
        [STRINGS.helpStudioTitle, STRINGS.helpStudio, STRINGS.helpStudioAfter],
      ];
  const sections: [string, ...string[]][] = [
    [STRINGS.helpHowTitle, STRINGS.helpHow, STRINGS.helpGuests],
    [STRINGS.helpReplyTitle, STRINGS.helpReply],
    [STRINGS.helpInviteTitle, STRINGS.helpInvite],
    [STRINGS.helpLinksTitle, STRINGS.helpLinks],
    ...workAndSchool,
    [STRINGS.helpLimitsTitle, STRINGS.helpLimits],
    // What is stored, then how to delete all of it, by the names README and the privacy policy use.
    [STRINGS.helpPrivacyTitle, STRINGS.helpPrivacy, STRINGS.helpDeleteData],
  ];
  for (const [title, ...texts] of sections) {
    card.addSection(texts.reduce((section, text) => section.addWidget(paragraph(text)), CardService.newCardSection().setHeader(title)));
  }
  return card.build();
}
