/**
 * MeetLink's Google Workspace Studio steps, as data: the one table the manifest (appsscript.json,
 * `addOns.flows.workflowElements`; a test keeps the two equal), the host entries (src/index.ts, one config and
 * one execute function per step), the config cards and the step runner (src/actions/steps.ts) all read.
 *
 * Google's shape of a step (developers.google.com/workspace/add-ons/studio/build-a-step, input-variables,
 * output-variables): an element `{id, state, name, description, workflowAction: {inputs[], outputs[],
 * onConfigFunction, onExecuteFunction}}`, each variable `{id, description, cardinality, dataType: {basicType}}`
 * with cardinality SINGLE (the only value documented) and a basic type STRING, INTEGER, TIMESTAMP, BOOLEAN or
 * EMAIL_ADDRESS. An input's id must equal the `name` of its widget on the config card; the execute function
 * must return every declared output, each matching its type and cardinality ("otherwise, an error occurs").
 *
 * The manifest has one `name` and one `description` per element, plain strings, with no localized variant in
 * the manifest reference or the Studio guides: Studio lists MeetLink's steps in English. Everything MeetLink
 * words itself inside a step (the config card, the activity log, the words of the `notDone` output) is in the
 * person's language.
 *
 * To add a step: a row here, its two functions in src/index.ts, its handler in src/actions/steps.ts, its
 * consent row (src/host/feature-scopes.ts, STEP_FEATURE), its element in appsscript.json.
 */
export type BasicType = 'STRING' | 'INTEGER' | 'BOOLEAN' | 'EMAIL_ADDRESS' | 'TIMESTAMP';

/** One input or output variable: its type, and the English description Studio shows beside it. */
export interface StepVariable {
  type: BasicType;
  description: string;
}

export interface StudioStep {
  id: string;
  /** Shown in Studio's list of steps and in the activity feed (English: see above). */
  name: string;
  description: string;
  onConfigFunction: string;
  onExecuteFunction: string;
  inputs: Record<string, StepVariable>;
  outputs: Record<string, StepVariable>;
}

/** The values a step's variables hold, by their declared types. TIMESTAMP is declared by no step yet. */
export type ValueOf<T extends BasicType> = T extends 'INTEGER' ? number : T extends 'BOOLEAN' ? boolean : T extends 'TIMESTAMP' ? never : string;
export type Values<V extends Record<string, StepVariable>> = { [K in keyof V]: ValueOf<V[K]['type']> };

const variable = <T extends BasicType>(type: T, description: string) => ({ type, description });

/** How many co-hosts the step takes: one EMAIL_ADDRESS input each (Studio documents only SINGLE cardinality). */
export const STEP_COHOSTS = 3;

/**
 * "Make a Meet link": the engine's createLink (Workspace: spaces.create with the presets; otherwise, and on any
 * Meet failure, the Calendar temporary event), then who may join and co-hosts through the same spaces functions
 * the link card uses. Nothing is sent to anyone: the flow's own later steps do that with the outputs.
 */
export const MAKE_MEET_LINK = {
  id: 'makeMeetLink',
  name: 'Make a Meet link',
  description:
    'Makes a new Google Meet link and passes it on, with its meeting code and, when Google gives them, a phone number and PIN. Work and school accounts can also choose who joins without asking, co-hosts and meeting presets. Nothing is sent to anyone.',
  onConfigFunction: 'onConfigMakeMeetLink',
  onExecuteFunction: 'onExecuteMakeMeetLink',
  inputs: {
    label: variable('STRING', 'A label for the link in MeetLink’s recent links (optional)'),
    whoCanJoin: variable('STRING', 'Who can join without asking: OPEN, TRUSTED or RESTRICTED (work and school accounts; optional)'),
    cohost1: variable('EMAIL_ADDRESS', 'A co-host (work and school accounts; optional)'),
    cohost2: variable('EMAIL_ADDRESS', 'A second co-host (optional)'),
    cohost3: variable('EMAIL_ADDRESS', 'A third co-host (optional)'),
    record: variable('BOOLEAN', 'Record automatically (work and school accounts)'),
    transcribe: variable('BOOLEAN', 'Transcribe automatically (work and school accounts)'),
    notes: variable('BOOLEAN', 'Take notes automatically with Gemini (work and school accounts)'),
    attendance: variable('BOOLEAN', 'Email an attendance report (work and school accounts)'),
  },
  outputs: {
    meetLink: variable('STRING', 'The Meet link'),
    meetingCode: variable('STRING', 'The meeting code'),
    dialInNumber: variable('STRING', 'A phone number to join by (links made through Google Calendar; empty otherwise)'),
    dialInPin: variable('STRING', 'The PIN for that phone number (empty when there is none)'),
    presetsApplied: variable('BOOLEAN', 'Whether every preset chosen is on (true when none was chosen)'),
    cohostsAdded: variable('INTEGER', 'How many co-hosts were added'),
    notDone: variable('STRING', 'What was asked for but not done, in words (empty when everything was done)'),
  },
} as const satisfies StudioStep;

/**
 * "After the meeting": the engine's afterMeeting (src/meet/after-meeting.ts), the reads of the Calendar event card's
 * After the meeting view (at most 8 Meet reads and 1 Calendar read), each part of what it found as its own output.
 * Studio documents only SINGLE cardinality, and an EMAIL_ADDRESS variable holds one address ("An email address in
 * the format dana@example.com", studio/output-variables), so a list of addresses is one STRING, comma-separated as an
 * email's To is. Nothing is sent to anyone: the flow's own later steps do that with the outputs.
 */
export const AFTER_THE_MEETING = {
  id: 'afterMeeting',
  name: 'After the meeting',
  description:
    'Reads Google Meet’s records of a meeting you organized or joined, in a work or school account, up to 30 days after it: who joined, how many, which invited guests did not join, and the links to the recording, transcript and Gemini notes. Give it a Meet link or meeting code, or the Calendar event. Nothing is sent to anyone.',
  onConfigFunction: 'onConfigAfterMeeting',
  onExecuteFunction: 'onExecuteAfterMeeting',
  inputs: {
    meeting: variable('STRING', 'The meeting’s Google Meet link or meeting code (optional when an event is given)'),
    eventId: variable(
      'STRING',
      'The meeting’s Google Calendar event ID or event link, on your primary calendar (optional when a Meet link is given)',
    ),
  },
  outputs: {
    meetingTitle: variable('STRING', 'The event’s title (empty when only a Meet link was given)'),
    meetingCode: variable('STRING', 'The meeting code'),
    joinedNames: variable('STRING', 'Who joined, by the names Google Meet shows, in the order they joined'),
    joinedCount: variable('INTEGER', 'How many joined, people who called in or did not sign in included'),
    absentEmails: variable(
      'STRING',
      'The addresses of invited guests who did not join, separated by commas (empty when none, or when no event was given)',
    ),
    absentCount: variable('INTEGER', 'How many invited guests did not join'),
    notFoundEmails: variable(
      'STRING',
      'Invited guests not found by name in Google Meet while someone joined by phone or under another name: they may have joined (separated by commas)',
    ),
    recordingLink: variable('STRING', 'The recording in Google Drive (empty when there is none, or it is not ready)'),
    transcriptLink: variable('STRING', 'The transcript in Google Docs (empty when there is none, or it is not ready)'),
    notesLink: variable('STRING', 'The Gemini notes in Google Docs (empty when there are none, or they are not ready)'),
    stillPreparing: variable('BOOLEAN', 'Google is still making a recording, transcript or notes: run the step again later for its link'),
    meetingEnded: variable('BOOLEAN', 'The meeting has ended (false while it is still going on)'),
    recap: variable('STRING', 'Who joined and Google’s links, in words, ready for an email'),
  },
} as const satisfies StudioStep;

/** Every step, by id. */
export const STUDIO_STEPS = { makeMeetLink: MAKE_MEET_LINK, afterMeeting: AFTER_THE_MEETING } as const satisfies Record<string, StudioStep>;
export type StepId = keyof typeof STUDIO_STEPS;

/** A step's element as appsscript.json must have it (build-a-step, "Define the step in the manifest file"). */
export function workflowElement(step: StudioStep) {
  const variables = (list: Record<string, StepVariable>) =>
    Object.entries(list).map(([id, v]) => ({ id, description: v.description, cardinality: 'SINGLE', dataType: { basicType: v.type } }));
  return {
    id: step.id,
    state: 'ACTIVE',
    name: step.name,
    description: step.description,
    workflowAction: {
      inputs: variables(step.inputs),
      outputs: variables(step.outputs),
      onConfigFunction: step.onConfigFunction,
      onExecuteFunction: step.onExecuteFunction,
    },
  };
}
