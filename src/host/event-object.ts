/**
 * The event object a Workspace host passes to every add-on function
 * (developers.google.com/workspace/add-ons/concepts/event-objects), as far as MeetLink reads it.
 */
export interface AddOnEvent {
  commonEventObject?: {
    hostApp?: string;
    parameters?: Record<string, string>;
    formInputs?: Record<string, { stringInputs?: { value?: string[] } }>;
    timeZone?: { id?: string };
    userLocale?: string;
  };
  calendar?: {
    calendarId?: string;
    /** Missing while the event is not saved. */
    id?: string;
    organizer?: { email?: string };
    recurringEventId?: string;
    capabilities?: { canSetConferenceData?: boolean };
    conferenceData?: GoogleAppsScript.Calendar.Schema.ConferenceData;
  };
}

export function parameters(e: AddOnEvent | undefined): Record<string, string> {
  return { ...(e?.commonEventObject?.parameters ?? {}) };
}

/** The values of a form field; a switch that is off sends none. */
export function formValues(e: AddOnEvent | undefined, name: string): string[] | undefined {
  return e?.commonEventObject?.formInputs?.[name]?.stringInputs?.value;
}

export function timeZoneOf(e: AddOnEvent | undefined): string {
  return e?.commonEventObject?.timeZone?.id || 'Etc/UTC';
}
