/**
 * What @types/google-apps-script does not have yet: the parts of Apps Script that extend Google Workspace Studio,
 * as far as MeetLink uses them, typed from Google's references (developers.google.com/apps-script/reference/
 * add-ons-response-service, and card-service/host-app-data-source, workflow-data-source, text-input).
 */
declare namespace GoogleAppsScript {
  namespace AddOns_Response_Service {
    interface EnumValue {
      toString(): string;
    }
    interface AddOnsResponseService {
      newRenderActionBuilder(): RenderActionBuilder;
      newHostAppAction(): HostAppAction;
      newReturnOutputVariablesAction(): ReturnOutputVariablesAction;
      newReturnElementErrorAction(): ReturnElementErrorAction;
      newVariableData(): VariableData;
      newWorkflowTextFormat(): WorkflowTextFormat;
      newTextFormatElement(): TextFormatElement;
      newTextFormatChip(): TextFormatChip;
      newTextFormatIcon(): TextFormatIcon;
      ErrorActionability: { ERROR_ACTIONABILITY_UNSPECIFIED: EnumValue; NOT_ACTIONABLE: EnumValue; ACTIONABLE: EnumValue };
      ErrorRetryability: { RETRYABILITY_UNSPECIFIED: EnumValue; NOT_RETRYABLE: EnumValue; RETRYABLE: EnumValue };
    }
    interface RenderActionBuilder {
      setHostAppAction(hostAppAction: HostAppAction): RenderActionBuilder;
      build(): RenderAction;
    }
    // biome-ignore lint/suspicious/noEmptyInterface: an opaque built object, as in Google's reference.
    interface RenderAction {}
    interface HostAppAction {
      setWorkflowAction(workflowAction: ReturnOutputVariablesAction | ReturnElementErrorAction): HostAppAction;
    }
    interface ReturnOutputVariablesAction {
      addVariableData(key: string, value: VariableData): ReturnOutputVariablesAction;
      setVariableDataMap(variables: Record<string, VariableData>): ReturnOutputVariablesAction;
      setLog(log: WorkflowTextFormat): ReturnOutputVariablesAction;
    }
    interface ReturnElementErrorAction {
      setErrorActionability(errorActionability: EnumValue): ReturnElementErrorAction;
      setErrorRetryability(errorRetryability: EnumValue): ReturnElementErrorAction;
      setErrorLog(log: WorkflowTextFormat): ReturnElementErrorAction;
    }
    interface VariableData {
      addStringValue(value: string): VariableData;
      addIntegerValue(value: number): VariableData;
      addBooleanValue(value: boolean): VariableData;
      addEmailAddress(emailAddress: string): VariableData;
    }
    interface WorkflowTextFormat {
      addTextFormatElement(textFormatElement: TextFormatElement): WorkflowTextFormat;
    }
    interface TextFormatElement {
      setText(text: string): TextFormatElement;
      setTextFormatChip(chip: TextFormatChip): TextFormatElement;
    }
    interface TextFormatChip {
      setUrl(url: string): TextFormatChip;
      setLabel(label: string): TextFormatChip;
      setTextFormatIcon(icon: TextFormatIcon): TextFormatChip;
    }
    interface TextFormatIcon {
      setMaterialIconName(name: string): TextFormatIcon;
    }
  }

  namespace Card_Service {
    interface CardService {
      newHostAppDataSource(): HostAppDataSource;
      newWorkflowDataSource(): WorkflowDataSource;
    }
    interface HostAppDataSource {
      setWorkflowDataSource(workflowDataSource: WorkflowDataSource): HostAppDataSource;
    }
    interface WorkflowDataSource {
      setIncludeVariables(includeVariables: boolean): WorkflowDataSource;
    }
    interface TextInput {
      setHostAppDataSource(hostAppDataSource: HostAppDataSource): TextInput;
    }
  }
}

declare const AddOnsResponseService: GoogleAppsScript.AddOns_Response_Service.AddOnsResponseService;
