import type { ActionName } from './actions';

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
} as const;

export interface FeatureScopes {
  needs: readonly string[];
  prefers?: readonly string[];
}

/** The Meet REST route (a space the add-on owns): its calls go over UrlFetchApp. */
export const MEET_ROUTE_SCOPES: readonly string[] = [SCOPES.meetCreated, SCOPES.externalRequest];

/** Meet's records of past meetings (conferenceRecords and below), any meeting the person organized or joined: over UrlFetchApp. */
export const MEET_READ_SCOPES: readonly string[] = [SCOPES.meetReadonly, SCOPES.externalRequest];

export const FEATURE_SCOPES = {
  /** A new link: the Calendar method (a temporary event on the person's own calendar) always works; Meet is preferred. */
  newLink: { needs: [SCOPES.eventsOwned], prefers: MEET_ROUTE_SCOPES },
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
   * settings changed (who joins, the person's presets). meetings.space.created does not reach Calendar's meetings.
   */
  meetSettings: { needs: [SCOPES.meetSettings, SCOPES.externalRequest] },
  /**
   * Inviting to a meeting from an open email: the card reads the message, Send inserts one event. Both are checked
   * when the card opens, so the person never fills a form that cannot be sent. "Reply with this link" is replyDraft.
   */
  invite: { needs: [SCOPES.eventsOwned, SCOPES.gmailMessage] },
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
  /** Settings, saved links, navigation: no Google call. */
  none: { needs: [] },
} as const satisfies Record<string, FeatureScopes>;

export type Feature = keyof typeof FEATURE_SCOPES;

/** The feature of every card action (a type error when an action is missing). */
export const ACTION_FEATURE: Record<ActionName, Feature> = {
  createLink: 'newLink',
  insertLink: 'newLink',
  insertInvitation: 'newLink',
  insertSaved: 'none',
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
  // Delete my MeetLink data: never held back by a consent prompt. Without the Calendar scope a journaled temporary
  // event cannot be deleted: its journal entry alone is kept, and the notification says so.
  confirmDeleteData: 'none',
  deleteData: 'none',
  // Meeting controls (Workspace): the open event's Meet (any maker) needs the settings scope; co-hosts are
  // spaces.members on MeetLink's own spaces (meetings.space.created).
  openMeetingSettings: 'meetSettings',
  applyPresets: 'meetSettings',
  addCohosts: 'meetSpaces',
  removeCohost: 'meetSpaces',
  // Gmail, an open message: invite everyone on it to a meeting.
  openInvite: 'invite',
  sendInvitations: 'invite',
  // After the meeting (Workspace). A free Gmail account gets the words only (no Google call, no consent asked).
  openAfterMeeting: 'afterMeeting',
  showConference: 'afterMeeting',
  explainAfterMeeting: 'none',
  openRecentMeetings: 'recentMeetings',
  insertRecap: 'recap',
};

export function scopesOf(action: ActionName): FeatureScopes {
  return FEATURE_SCOPES[ACTION_FEATURE[action]];
}
