/**
 * The event object a Workspace host passes to every add-on function
 * (developers.google.com/workspace/add-ons/concepts/event-objects), as far as MeetLink reads it.
 */
export interface AddOnEvent {
  commonEventObject?: {
    hostApp?: string;
    parameters?: Record<string, string>;
    /**
     * Text, selection and switch inputs send stringInputs; a date-time picker sends dateTimeInput (msSinceEpoch,
     * an int64 as a string, with hasDate and hasTime), a date picker dateInput, a time picker timeInput
     * (developers.google.com/workspace/add-ons/concepts/event-objects, "Form inputs").
     */
    formInputs?: Record<
      string,
      {
        stringInputs?: { value?: string[] };
        dateTimeInput?: { msSinceEpoch?: string | number; hasDate?: boolean; hasTime?: boolean };
        dateInput?: { msSinceEpoch?: string | number };
        timeInput?: { hours?: number; minutes?: number };
      }
    >;
    timeZone?: { id?: string };
    userLocale?: string;
  };
  /** Gmail, an open message (contextual trigger and its cards' actions); developers.google.com/workspace/add-ons/concepts/event-objects. */
  gmail?: {
    messageId?: string;
    threadId?: string;
    /** Pass to GmailApp.setCurrentMessageAccessToken before reading the message. */
    accessToken?: string;
  };
  /** The legacy Gmail field Google's older samples read (`e.messageMetadata.accessToken`); `gmail` is preferred. */
  messageMetadata?: { messageId?: string; accessToken?: string };
  calendar?: {
    calendarId?: string;
    /** Missing while the event is not saved. */
    id?: string;
    organizer?: { email?: string };
    recurringEventId?: string;
    capabilities?: { canSetConferenceData?: boolean };
    conferenceData?: GoogleAppsScript.Calendar.Schema.ConferenceData;
  };
  /**
   * Google Workspace Studio running a step (developers.google.com/workspace/add-ons/studio/event-objects,
   * "actionInvocation"): each input by its id, its values in the array of its type. The sample shows stringValues
   * and integerValues; Google's own error-handling sample reads an INTEGER input from stringValues too.
   */
  workflow?: { actionInvocation?: { inputs?: Record<string, WorkflowValues> } };
}

/** One input's values as Studio sends them: the array of its type (src/actions/step-inputs.ts reads them). */
export interface WorkflowValues {
  stringValues?: unknown[];
  integerValues?: unknown[];
  booleanValues?: unknown[];
}

export function parameters(e: AddOnEvent | undefined): Record<string, string> {
  return { ...(e?.commonEventObject?.parameters ?? {}) };
}

/** The values of a form field; a switch that is off sends none. */
export function formValues(e: AddOnEvent | undefined, name: string): string[] | undefined {
  return e?.commonEventObject?.formInputs?.[name]?.stringInputs?.value;
}

/** The open Gmail message, when the host sent one with its access token. */
export function openMessageOf(e: AddOnEvent | undefined): { messageId: string; accessToken: string } | undefined {
  for (const source of [e?.gmail, e?.messageMetadata]) {
    const { messageId, accessToken } = source ?? {};
    if (typeof messageId === 'string' && messageId && typeof accessToken === 'string' && accessToken) return { messageId, accessToken };
  }
  return undefined;
}

/**
 * The person's time zone id, as the host sent it (`commonEventObject.timeZone.id`); undefined when it sent none,
 * or anything but a non-empty string (a number, an object, null): the caller then uses the script's zone.
 */
export function timeZoneOf(e: AddOnEvent | undefined): string | undefined {
  const zone: unknown = e?.commonEventObject?.timeZone;
  const id: unknown = zone && typeof zone === 'object' ? (zone as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? id : undefined;
}
