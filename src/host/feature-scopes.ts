import type { ActionName } from './actions';
import type { StepId } from './studio-steps';

/**
 * Which OAuth scopes each feature needs, as data. A person may untick any scope on Google's consent screen
 * (granular consent for published add-ons, late 2025: developers.google.com/apps-script/concepts/scopes#handle-granular),
 * so before an action calls Google the dispatcher (src/actions/dispatcher.ts) checks the scopes of its feature with
 * ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes) and, when one is missing, asks Google's consent again with
 * ScriptApp.requireScopes: the action never starts, so it never fails halfway and never makes a link that is lost.
 *
 * - `needs`: without every one of these the feature cannot work at all: MeetLink asks for the missing ones.
 * - `prefers`: scopes of a better route that has a fallback. They are never asked for: without them the action takes
 *   the fallback quietly (a Workspace person who unticked the Meet scope gets links through Calendar, every time,
 *   without a prompt), and the engine does not even try the route (no call wasted).
 * - `whenUsed`: scopes of a call the action makes only sometimes (Delete my MeetLink data calls Calendar only when
 *   temporary events are journaled). The handler asks for them itself, just before that call, never after a
 *   call that could only fail.
 *
 * test/addon/consent-calls.test.ts drives every action through the bundle and checks each Google call it really
 * makes (Calendar, Meet, Gmail, UrlFetchApp, the draft Gmail updates, the person's zone and address) against its row:
 * a call whose scope is not in `needs`, `prefers` or `whenUsed` fails it.
 *
 * To add a feature (as the Meet controls did with meetings.space.settings): add its row here and name it in
 * ACTION_FEATURE for each of its actions. Nothing else decides about consent. Every scope here must be in
 * appsscript.json's oauthScopes (a test checks it).
 */
const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  eventsOwned: `${AUTH}calendar.events.owned`,
  meetCreated: `${AUTH}meetings.space.created`,
  meetReadonly: `${AUTH}meetings.space.readonly`,
  meetSettings: `${AUTH}meetings.space.settings`,
  externalRequest: `${AUTH}script.external_request`,
  gmailMessage: `${AUTH}gmail.addons.current.message.metadata`,
  gmailCompose: `${AUTH}gmail.addons.current.action.compose`,
  /**
   * The person's locale and time zone in the event object (commonEventObject.userLocale, .timeZone): sent only with
   * this scope granted (developers.google.com/workspace/add-ons/how-tos/access-user-locale).
   */
  locale: `${AUTH}script.locale`,
  /** Session.getActiveUser().getEmail(): the person's own address ("See your primary Google Account email address"). */
  userEmail: `${AUTH}userinfo.email`,
} as const;

export interface FeatureScopes {
  needs: readonly string[];
  prefers?: readonly string[];
  whenUsed?: readonly string[];
}

/** The Meet REST route (a space the add-on owns): its calls go over UrlFetchApp. */
export const MEET_ROUTE_SCOPES: readonly string[] = [SCOPES.meetCreated, SCOPES.externalRequest];

/** Meet's records of past meetings (conferenceRecords and below), any meeting the person organized or joined: over UrlFetchApp. */
export const MEET_READ_SCOPES: readonly string[] = [SCOPES.meetReadonly, SCOPES.externalRequest];

export const FEATURE_SCOPES = {
  /** A new link: the Calendar method (a temporary event on the person's own calendar) always works; Meet is preferred. */
  newLink: { needs: [SCOPES.eventsOwned], prefers: MEET_ROUTE_SCOPES },
  /**
   * A new link put into the draft being written (the compose card): the link, then Gmail's draft update. "All compose
   * time add-ons must have the gmail.addons.current.action.compose scope even though it might not edit the draft"
   * (Google Workspace add-ons manifest reference, GmailAddOnManifest.composeTrigger).
   */
  composeLink: { needs: [SCOPES.eventsOwned, SCOPES.gmailCompose], prefers: MEET_ROUTE_SCOPES },
  /** A saved link put into the draft: no Google call but Gmail's draft update. */
  composeSaved: { needs: [SCOPES.gmailCompose] },
  /**
   * A reply from an open email: the link, then reading the message and making the draft. All are checked before the
   * link is made, so a link is never made for a reply that cannot be drafted.
   */
  reply: { needs: [SCOPES.eventsOwned, SCOPES.gmailMessage, SCOPES.gmailCompose], prefers: MEET_ROUTE_SCOPES },
  /** The draft of a reply whose link is already made: the message and the draft only. */
  replyDraft: { needs: [SCOPES.gmailMessage, SCOPES.gmailCompose] },
  /** Adding or replacing the open event's Meet: a patch and a read, on a calendar the person owns. */
  eventChange: { needs: [SCOPES.eventsOwned] },
  /** Removing it: a null the Advanced service may drop is resent over REST (UrlFetchApp), so both are needed. */
  eventRemove: { needs: [SCOPES.eventsOwned, SCOPES.externalRequest] },
  /** MeetLink's own Meet spaces: who may join, End meeting, looking a meeting up. */
  meetSpaces: { needs: MEET_ROUTE_SCOPES },
  /**
   * The open event's Meet, whoever made it (Calendar, MeetLink, another tool): read by its meeting code and its
   * settings changed (who joins, the person's presets). meetings.space.created does not reach Calendar's meetings,
   * and is not needed: spaces.get and spaces.patch take meetings.space.settings (Meet REST v2 reference,
   * "Authorization scopes"). src/platform.ts builds the Meet route for these actions with this scope alone.
   */
  meetSettings: { needs: [SCOPES.meetSettings, SCOPES.externalRequest] },
  /**
   * Inviting to a meeting from an open email: the card reads the message, Send inserts one event. Both are checked
   * when the card opens, so the person never fills a form that cannot be sent. "Reply with this link" is inviteReply.
   * The meeting's time is read in the person's zone, which Google sends only with script.locale: without it a
   * 10:00 picked in New York would be 10:00 in the script's zone (UTC). The person's own address (userinfo.email)
   * keeps them off their own guest list.
   */
  invite: { needs: [SCOPES.eventsOwned, SCOPES.gmailMessage, SCOPES.locale, SCOPES.userEmail] },
  /**
   * Delete my MeetLink data: user properties need no scope; the temporary events still journaled are deleted on the
   * person's calendar, so the Calendar scope is asked for then, before any call, and only then.
   */
  deleteData: { needs: [], whenUsed: [SCOPES.eventsOwned] },
  /**
   * "Reply with this link" after Send: the meeting is read again from Calendar (its time and guests now), then the
   * message, then the draft.
   */
  inviteReply: { needs: [SCOPES.eventsOwned, SCOPES.gmailMessage, SCOPES.gmailCompose] },
  /**
   * After the meeting (Workspace): the event read once, then Meet's records of it (who joined, what Google made).
   * meetings.space.created does not reach Calendar's meetings, so the read scope is asked for here, when the person
   * opens the view or inserts a recap, before any Meet call.
   */
  afterMeeting: { needs: [SCOPES.eventsOwned, ...MEET_READ_SCOPES] },
  /** The recap put into the draft being written: the same reads, then Gmail's draft update (To, subject, text). */
  recap: { needs: [SCOPES.eventsOwned, ...MEET_READ_SCOPES, SCOPES.gmailCompose] },
  /** The compose card's list of recent meetings to recap: one Calendar list of the person's own primary calendar. */
  recentMeetings: { needs: [SCOPES.eventsOwned] },
  /**
   * The Workspace Studio step After the meeting: Meet's records of the meeting, and the Calendar event only when the
   * flow gives one (its time and guests), read on the person's primary calendar. The step checks the Calendar scope
   * itself, before any call, when it is given an event (src/actions/after-meeting-step.ts); with a Meet link alone it
   * needs only the Meet read scope.
   */
  afterMeetingStep: { needs: MEET_READ_SCOPES, whenUsed: [SCOPES.eventsOwned] },
  /** Settings, saved links, navigation: no Google call. */
  none: { needs: [] },
} as const satisfies Record<string, FeatureScopes>;

export type Feature = keyof typeof FEATURE_SCOPES;

/** The feature of every card action (a type error when an action is missing). */
export const ACTION_FEATURE: Record<ActionName, Feature> = {
  createLink: 'newLink',
  insertLink: 'composeLink',
  insertInvitation: 'composeLink',
  insertSaved: 'composeSaved',
  openSavedLink: 'none',
  saveLabel: 'none',
  pinLink: 'none',
  confirmClearHistory: 'none',
  clearHistory: 'none',
  back: 'none',
  replyWithLink: 'reply',
  replyWithInvitation: 'reply',
  openReplyDraft: 'replyDraft',
  addToEvent: 'eventChange',
  confirmReplace: 'none',
  replaceOnEvent: 'eventChange',
  confirmRemove: 'none',
  removeFromEvent: 'eventRemove',
  saveSettings: 'none',
  resetTemplate: 'none',
  lookupMeeting: 'meetSpaces',
  refreshSpace: 'meetSpaces',
  setAccessType: 'meetSpaces',
  confirmEndMeeting: 'none',
  endMeeting: 'meetSpaces',
  // A pinned link about to expire: a new link, with its label and pin.
  freshLink: 'newLink',
  // MeetLink's own leftover temporary event, opened in Calendar: a read and a delete on the person's calendar.
  deleteLeftover: 'eventChange',
  // Delete my MeetLink data: the confirmation needs nothing; Delete asks for the Calendar scope only when temporary
  // events are journaled (src/actions/data-actions.ts), before any call.
  confirmDeleteData: 'none',
  deleteData: 'deleteData',
  // Meeting controls (Workspace): the open event's Meet (any maker) needs the settings scope; co-hosts are
  // spaces.members on MeetLink's own spaces (meetings.space.created).
  openMeetingSettings: 'meetSettings',
  applyPresets: 'meetSettings',
  // Who joins, changed on the open event's Meet (any maker): spaces.patch under meetings.space.settings.
  setMeetingAccess: 'meetSettings',
  addCohosts: 'meetSpaces',
  removeCohost: 'meetSpaces',
  // Gmail, an open message: invite everyone on it to a meeting.
  openInvite: 'invite',
  sendInvitations: 'invite',
  openInviteReply: 'inviteReply',
  // After the meeting (Workspace). A free Gmail account gets the words only (no Google call, no consent asked).
  openAfterMeeting: 'afterMeeting',
  showConference: 'afterMeeting',
  explainAfterMeeting: 'none',
  openRecentMeetings: 'recentMeetings',
  insertRecap: 'recap',
};

/**
 * The feature of every Workspace Studio step (src/host/studio-steps.ts; a type error when a step is missing). A step
 * runs with nobody watching, so the step runner (src/actions/steps.ts) never calls requireScopes, whose effect in a
 * flow Google does not document: a missing `needs` scope ends the step with an error saying what to allow and
 * where, as Google's own logging sample does for a missing grant (studio/activity-logs); a missing `prefers` scope
 * takes the fallback quietly, as a card action does.
 */
export const STEP_FEATURE: Record<StepId, Feature> = {
  // The same as Create Meet link: the Calendar method always works; Meet (spaces, presets, co-hosts, who joins) is preferred.
  makeMeetLink: 'newLink',
  // Reads only: Meet's records (always), the Calendar event (only when the flow gives one: `whenUsed`).
  afterMeeting: 'afterMeetingStep',
};

export function scopesOf(action: ActionName): FeatureScopes {
  return FEATURE_SCOPES[ACTION_FEATURE[action]];
}
