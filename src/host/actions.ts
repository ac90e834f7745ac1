/**
 * The card-action protocol between MeetLink's cards and its dispatcher, with no dependencies of its own.
 * Every card action goes through one Apps Script function, `onAction`, with the handler's name in the
 * `action` parameter: the global surface stays small and one dispatcher catches every error.
 * Card action parameters are strings, always.
 */
export const ACTION_FUNCTION = 'onAction';

/** Every card action MeetLink has. The dispatcher's handler map must name exactly these. */
export const ACTION_NAMES = [
  // Links: the homepage and the draft being written.
  'createLink',
  'insertLink',
  'insertInvitation',
  'insertSaved',
  'openSavedLink',
  'saveLabel',
  'pinLink',
  'confirmClearHistory',
  'clearHistory',
  'back',
  // Gmail, an open message: make the link (an ordinary action, so a failure is a card in words), then a compose
  // action that only builds the reply-all draft carrying it.
  'replyWithLink',
  'replyWithInvitation',
  'openReplyDraft',
  // Gmail, an open message: invite everyone on it to a meeting (issue 21).
  'openInvite',
  'sendInvitations',
  // "Reply with this link" after Send: a compose action that drafts the reply to the meeting's guests.
  'openInviteReply',
  // The open Calendar event.
  'addToEvent',
  'confirmReplace',
  'replaceOnEvent',
  'confirmRemove',
  'removeFromEvent',
  // Settings.
  'saveSettings',
  'resetTemplate',
  // Meet REST spaces (Workspace accounts).
  'lookupMeeting',
  'refreshSpace',
  'setAccessType',
  'confirmEndMeeting',
  'endMeeting',
  // Events that cannot have a Meet, codes that expire (issue 18); MeetLink's own leftover event (issue 19).
  'deleteLeftover',
  'freshLink',
  // Settings: deleting everything MeetLink keeps in the person's user properties.
  'confirmDeleteData',
  'deleteData',
  // Meeting controls (Workspace): the open event's Meet settings, presets, co-hosts on MeetLink's links.
  'openMeetingSettings',
  'applyPresets',
  'setMeetingAccess',
  'addCohosts',
  'removeCohost',
  // After the meeting (issue 24): the open event's view, another conference of its Meet, the words for a free account;
  // in Gmail's compose window, the recent meetings and the recap put into the draft.
  'openAfterMeeting',
  'showConference',
  'explainAfterMeeting',
  'openRecentMeetings',
  'insertRecap',
] as const;

export type ActionName = (typeof ACTION_NAMES)[number];

/**
 * Actions whose widget is a compose action (setComposeAction): Google documents only a ComposeActionResponse as their
 * answer (a draft Gmail opens), so they never answer a card or a notification.
 */
export const COMPOSE_ACTION_NAMES: readonly ActionName[] = ['openReplyDraft', 'openInviteReply'];

/** Own names only: `constructor` or `toString` from a crafted request is not an action. */
export function isActionName(name: string | undefined): name is ActionName {
  return typeof name === 'string' && (ACTION_NAMES as readonly string[]).includes(name);
}
