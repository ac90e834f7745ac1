import type { AFTER_THE_MEETING } from '../host/studio-steps';
import { STRINGS } from '../i18n/strings';
import { escapeHtml } from '../text/escape';
import { header, note, paragraph, workflowTextInput } from './widgets';

export interface AfterMeetingStepView {
  /** The Meet read scope is not granted: every run would fail until the person allows it in Calendar. */
  consentMissing: boolean;
  /** The Calendar scope is not granted: a run given an event would fail (a Meet link alone works). */
  calendarMissing: boolean;
}

type InputId = keyof typeof AFTER_THE_MEETING.inputs;

/**
 * The config card of the Studio step "After the meeting": the meeting as a Meet link or code, and the Calendar event,
 * each a text input named by its input's id (studio/input-variables) that also offers the flow's variables (a
 * TextInput's hostAppDataSource with a WorkflowDataSource that includes variables: studio/configuration-cards), so the
 * event of a Calendar starter, or the link an earlier "Make a Meet link" made, can be passed in.
 */
export function afterMeetingStepCard(view: AfterMeetingStepView): GoogleAppsScript.Card_Service.Card {
  const main = CardService.newCardSection();
  if (view.consentMissing) main.addWidget(paragraph(`<font color="#d93025">${escapeHtml(STRINGS.stepAfterConsentMissing)}</font>`));
  main
    .addWidget(paragraph(escapeHtml(STRINGS.stepAfterIntro)))
    .addWidget(workflowTextInput('meeting' satisfies InputId, STRINGS.stepAfterMeetingField, STRINGS.stepAfterMeetingHint))
    .addWidget(workflowTextInput('eventId' satisfies InputId, STRINGS.stepAfterEventField, STRINGS.stepAfterEventHint));
  if (view.calendarMissing && !view.consentMissing) main.addWidget(note(escapeHtml(STRINGS.stepAfterCalendarMissing)));
  main.addWidget(note(escapeHtml(STRINGS.stepAfterNote)));
  return CardService.newCardBuilder().setName('afterMeetingStep').setHeader(header(STRINGS.afterMeeting)).addSection(main).build();
}
