import type { StudioStep, Values } from '../host/studio-steps';
import { googleMeetUrl } from '../text/escape';

/**
 * What a step answers Studio, built with AddOnsResponseService as Google documents it
 * (developers.google.com/apps-script/reference/add-ons-response-service; studio/output-variables and
 * studio/activity-logs): a RenderAction whose HostAppAction carries the workflow action.
 * - Done: a ReturnOutputVariablesAction with one VariableData per declared output, of its declared type, and
 *   `setLog` for the flow's activity feed.
 * - Failed: a ReturnElementErrorAction with its error log, whether the person can fix it on the config card
 *   (ErrorActionability; ACTIONABLE shows them a "Fix" link) and whether Studio should run the step again
 *   (ErrorRetryability; RETRYABLE: "Workflow is going to try to execute the Step for up to 5 times").
 */

/** A piece of a log line: words, or a chip that opens a Meet link (studio/activity-logs: "a chip with a hyperlink"). */
export type LogPart = { text: string } | { link: { url: string; label: string } };

export interface StepDone<S extends StudioStep> {
  outputs: Values<S['outputs']>;
  log: LogPart[];
}

export interface StepFailed {
  log: LogPart[];
  /** The person can fix it by changing the step's inputs. */
  fixable: boolean;
  /** Running the step again may work (Google failed for a moment; nothing was made). */
  retryable: boolean;
}

export function doneResponse<S extends StudioStep>(step: S, done: StepDone<S>) {
  const action = AddOnsResponseService.newReturnOutputVariablesAction();
  for (const [id, { type }] of Object.entries(step.outputs)) {
    const value = (done.outputs as Record<string, string | number | boolean>)[id];
    const data = AddOnsResponseService.newVariableData();
    if (type === 'INTEGER') data.addIntegerValue(value as number);
    else if (type === 'BOOLEAN') data.addBooleanValue(value as boolean);
    else if (type === 'EMAIL_ADDRESS') data.addEmailAddress(value as string);
    else data.addStringValue(value as string);
    action.addVariableData(id, data);
  }
  return render(action.setLog(textFormat(done.log)));
}

export function failedResponse(failed: StepFailed) {
  const { ErrorActionability, ErrorRetryability } = AddOnsResponseService;
  return render(
    AddOnsResponseService.newReturnElementErrorAction()
      .setErrorActionability(failed.fixable ? ErrorActionability.ACTIONABLE : ErrorActionability.NOT_ACTIONABLE)
      .setErrorRetryability(failed.retryable ? ErrorRetryability.RETRYABLE : ErrorRetryability.NOT_RETRYABLE)
      .setErrorLog(textFormat(failed.log)),
  );
}

function render(
  workflowAction:
    | GoogleAppsScript.AddOns_Response_Service.ReturnOutputVariablesAction
    | GoogleAppsScript.AddOns_Response_Service.ReturnElementErrorAction,
) {
  return AddOnsResponseService.newRenderActionBuilder()
    .setHostAppAction(AddOnsResponseService.newHostAppAction().setWorkflowAction(workflowAction))
    .build();
}

/** The log's parts; a link is a chip only when it is a Google Meet URL (the one rule of src/text/escape.ts), else its words. */
function textFormat(parts: LogPart[]) {
  const format = AddOnsResponseService.newWorkflowTextFormat();
  for (const part of parts) {
    const element = AddOnsResponseService.newTextFormatElement();
    if ('text' in part) format.addTextFormatElement(element.setText(part.text));
    else {
      const url = googleMeetUrl(part.link.url);
      const chip = url
        ? AddOnsResponseService.newTextFormatChip()
            .setUrl(url)
            .setLabel(part.link.label)
            .setTextFormatIcon(AddOnsResponseService.newTextFormatIcon().setMaterialIconName('video_call'))
        : undefined;
      format.addTextFormatElement(chip ? element.setTextFormatChip(chip) : element.setText(part.link.label));
    }
  }
  return format;
}
