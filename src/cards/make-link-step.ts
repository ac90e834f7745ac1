import { MAKE_MEET_LINK, STEP_COHOSTS } from '../host/studio-steps';
import { STRINGS } from '../i18n/strings';
import { ACCESS_TYPES } from '../meet/meet-port';
import { PRESETS } from '../settings';
import { escapeHtml } from '../text/escape';
import { choice, switchRow } from './settings';
import { header, note, paragraph, workflowTextInput } from './widgets';

export interface MakeLinkStepView {
  /** A scope the step needs is not granted: the step would fail until the person allows it in Gmail or Calendar. */
  consentMissing: boolean;
  /** This account's links are made through Google Calendar just now: the meeting controls would not apply. */
  controlsUnavailable: boolean;
}

/** The value of "who may join" that leaves it to the account's default (the step reads it as no choice). */
export const ACCESS_DEFAULT = 'DEFAULT';

const INPUT = MAKE_MEET_LINK.inputs;
type InputId = keyof typeof INPUT;

/**
 * The config card of the Studio step "Make a Meet link". Every input widget is named by its input's id, which is
 * how Studio ties a widget to an input variable (studio/input-variables: "must match the name of the
 * corresponding card element"); the text inputs offer the flow's variables (a TextInput's hostAppDataSource with a
 * WorkflowDataSource that includes variables: studio/configuration-cards, and Google's calculator sample), so a
 * label or a co-host can come from an earlier step. Who may join is a dropdown: a selection input may offer
 * variables only as a multi-select, which a single choice is not.
 */
export function makeLinkStepCard(view: MakeLinkStepView): GoogleAppsScript.Card_Service.Card {
  const main = CardService.newCardSection();
  if (view.consentMissing) main.addWidget(paragraph(`<font color="#d93025">${escapeHtml(STRINGS.stepConsentMissing)}</font>`));
  main
    .addWidget(paragraph(escapeHtml(STRINGS.stepMakeLinkIntro)))
    .addWidget(workflowTextInput('label' satisfies InputId, STRINGS.stepLabelField, STRINGS.stepLabelHint));
  const controls = CardService.newCardSection()
    .setHeader(STRINGS.helpControlsTitle)
    .addWidget(
      choice(CardService.SelectionInputType.DROPDOWN, 'whoCanJoin' satisfies InputId, STRINGS.accessLabel, ACCESS_DEFAULT, [
        [ACCESS_DEFAULT, STRINGS.stepAccessDefault],
        ...ACCESS_TYPES.map((type): [string, string] => [type, STRINGS.accessChoice(type)]),
      ]),
    );
  for (let i = 1; i <= STEP_COHOSTS; i++) controls.addWidget(workflowTextInput(`cohost${i}` as InputId, STRINGS.stepCohostField(i)));
  for (const preset of PRESETS) controls.addWidget(switchRow(preset satisfies InputId, STRINGS.preset(preset), false));
  controls.addWidget(note(escapeHtml(view.controlsUnavailable ? STRINGS.stepControlsUnavailable : STRINGS.stepControlsNote)));
  return CardService.newCardBuilder()
    .setName('makeMeetLinkStep')
    .setHeader(header(STRINGS.stepMakeLinkTitle))
    .addSection(main)
    .addSection(controls)
    .build();
}
