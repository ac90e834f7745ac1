import type { FailureKind } from '../meet/errors';
import type { AccessType } from '../meet/meet-port';
import { HISTORY_SIZE } from '../history';
import { TEMPLATE_MAX, type TemplateProblem } from '../settings';

/**
 * Every word MeetLink shows a person, in English, in one place so it can be translated.
 * Functions take the values that vary. Elsewhere in src/ only the engine writes words a person may read:
 * the fallback conference names in meet/conference.ts and the temporary event's title and description in
 * meet/temporary-event.ts.
 */
export const STRINGS = {
  appName: 'MeetLink',
  tagline: 'A Google Meet link in one click. Nothing is left in your calendar and nobody is notified.',
  createLink: 'Create Meet link',
  createAnother: 'Create another',
  openInMeet: 'Open in Meet',
  yourLink: 'Your Meet link',
  meetLink: 'Meet link',
  meetingCode: (code: string) => `Meeting code: ${code}`,
  dialIn: 'Join by phone',
  dialInDetail: (number: string, pin?: string) => (pin ? `${number} · PIN ${pin}` : number),
  morePhones: 'More phone numbers',
  recentLinks: 'Recent links',
  noRecentLinks: 'Links you create appear here.',
  clearRecent: 'Clear recent links',
  recentCleared: 'Recent links cleared.',
  madeAt: (when: string) => `Made ${when}`,
  freeAccountNote: 'On a free Google account, meetings of 3 or more people end after 60 minutes.',
  back: 'Back',
  tryAgain: 'Try again',

  // Compose
  composeTitle: 'Insert into your email',
  composeHint: 'MeetLink creates a new link and puts it where your cursor is.',
  insertLink: 'Insert Meet link',
  insertInvitation: 'Insert invitation',
  inserted: 'Meet link inserted.',
  invitationInserted: 'Invitation inserted.',

  // Calendar
  eventTitle: 'This event',
  eventHasMeet: 'This event has a Google Meet link.',
  eventHasNoConference: 'This event has no video conference yet.',
  eventHasOther: (name: string) => `This event uses ${name}.`,
  eventPending: 'Google is still preparing this event’s Meet link. Open the event again in a moment.',
  eventFailed: 'Google could not create a Meet link for this event.',
  addMeet: 'Add Meet link',
  replaceMeet: 'Replace with a new link',
  removeMeet: 'Remove Meet link',
  removeOther: (name: string) => `Remove ${name}`,
  confirmRemoveTitle: 'Remove the Meet link?',
  confirmRemoveMeet: 'Guests will no longer see a Meet link on this event. You can add a new one later.',
  confirmRemoveOther: (name: string) =>
    `This removes the ${name} details from the event. MeetLink cannot restore them: you would have to add them again in ${name}.`,
  remove: 'Remove',
  cancel: 'Cancel',
  meetAdded: 'Meet link added to the event.',
  meetReplaced: 'The event has a new Meet link.',
  meetRemoved: 'Meet link removed from the event.',
  conferenceRemoved: 'Conference removed from the event.',
  onlyOrganizer: (organizer?: string) =>
    organizer
      ? `Only the organizer (${organizer}) can change this event’s video conference.`
      : 'Only the organizer can change this event’s video conference.',
  saveFirst: 'Save the event first, then open MeetLink again to add a Meet link.',
  occurrenceNote: 'This is one occurrence of a repeating event: changes apply to this occurrence only.',

  // Settings
  settingsTitle: 'Settings',
  templateLabel: 'Invitation template',
  templateHint: 'Placeholders: {link} (required), {code}, {phone}, {pin}, {morePhones}. Lines whose details a meeting lacks are left out.',
  formatLabel: 'Insert as',
  formatText: 'Plain text',
  formatHtml: 'Formatted (HTML)',
  composeDefaultLabel: 'Offer first when writing an email',
  composeDefaultLink: 'Meet link',
  composeDefaultInvitation: 'Invitation',
  keepHistoryLabel: `Keep my ${HISTORY_SIZE} most recent links`,
  notifyGuestsLabel: 'Email guests when I change an event’s Meet link',
  save: 'Save',
  saved: 'Settings saved.',
  resetTemplate: 'Restore default template',
  settingsDamaged: 'Your saved settings could not be read in full; the defaults are shown for what was damaged. Save to fix them.',
  templateProblem: (problem: TemplateProblem) =>
    ({
      empty: 'The invitation template is empty. Nothing was saved.',
      noLink: 'The invitation template must contain {link}. Nothing was saved.',
      tooLong: `The invitation template is ${problem.kind === 'tooLong' ? problem.length : ''} characters long; the limit is ${TEMPLATE_MAX}. Nothing was saved.`,
      unknownPlaceholder: `The invitation template uses {${problem.kind === 'unknownPlaceholder' ? problem.name : ''}}, which MeetLink does not know. Use {link}, {code}, {phone}, {pin} or {morePhones}. Nothing was saved.`,
    })[problem.kind],

  // Help
  helpTitle: 'Help',
  helpHowTitle: 'How it works',
  helpHow:
    'MeetLink asks Google Calendar for a Meet link by creating a private event on your calendar, with no guests, no reminders and no notifications, and deletes it at once. The link keeps working after the event is gone. In an event you organize, MeetLink adds, replaces or removes the Meet link and then reads the event back to make sure Google applied it.',
  helpLimitsTitle: 'Limits',
  helpLimits:
    'On free Google accounts, meetings of 3 or more people end after 60 minutes. A meeting code expires 365 days after it was last used, unless it belongs to a future event.',
  helpPrivacyTitle: 'Privacy',
  helpPrivacy: `MeetLink stores only your settings and, if you keep them, your ${HISTORY_SIZE} most recent links, in your own Apps Script user properties. Nothing is sent anywhere but Google.`,

  // Meet spaces (Workspace accounts)
  accessLabel: 'Who can join without asking',
  accessName: (type: AccessType) => ACCESS_NAMES[type],
  accessDetail: (type: AccessType) => ACCESS_DETAILS[type],
  accessHidden: 'Only the person who made this meeting can see who may join.',
  makeAccess: (type: AccessType) => `Make ${ACCESS_NAMES[type]}`,
  accessChanged: (type: AccessType) => `Access changed to ${ACCESS_NAMES[type]}.`,
  meetingLive: 'A meeting is going on now.',
  meetingIdle: 'Nobody is in this meeting now.',
  refresh: 'Refresh',
  endMeeting: 'End meeting',
  confirmEndTitle: 'End the meeting for everyone?',
  confirmEnd: 'Everyone is removed from the meeting now. The link keeps working: people can join it again later.',
  meetingEnded: 'Meeting ended for everyone.',
  meetingTitle: 'Meeting',
  lookupTitle: 'Look up a meeting',
  lookupField: 'Meeting code or link',
  lookupHint: 'abc-mnop-xyz or https://meet.google.com/abc-mnop-xyz',
  lookup: 'Look up',
  lookupInvalid: 'Type a meeting code such as abc-mnop-xyz, or a Meet link.',
  spacesFreeNote:
    'Free Gmail accounts cannot choose who may join or end a meeting for everyone: Google’s Meet API serves only Google Workspace accounts.',

  // Failures
  failureTitle: 'That didn’t work',
  failure: (kind: FailureKind): string => FAILURES[kind],
} as const;

const FAILURES: Record<FailureKind, string> = {
  signedOut: 'Your Google authorization has expired. Close and reopen MeetLink, and allow access when asked.',
  noPermission: 'MeetLink is not allowed to change this calendar or event. You can change only events on calendars you own.',
  notOrganizer: 'Only the event’s organizer can change its video conference.',
  meetNotAllowed: 'This calendar does not allow Google Meet conferences. Your administrator may have turned Meet off.',
  dailyQuota: 'Google Calendar’s daily limit for your account has been reached. Try again tomorrow.',
  rateLimited: 'Google is receiving too many requests right now. Wait a minute and try again.',
  eventGone: 'This event no longer exists. It may have been deleted.',
  googleUnavailable: 'Google Calendar is not answering right now. Try again in a few minutes.',
  conferenceFailed: 'Google could not create a Meet conference. Try again.',
  conferenceTimeout: 'Google took too long to prepare the Meet link. Try again.',
  notApplied: 'Google said the change was made, but the event did not change. Nothing was changed; try again.',
  badLink: 'Google answered with something that is not a Meet link. Try again.',
  meetApiUnavailable:
    'Looking up a meeting, choosing who may join and ending a meeting for everyone use Google’s Meet API, which Google offers only to Google Workspace accounts whose administrator allows it. Your account cannot use it, so MeetLink makes your links through Google Calendar instead, and these controls are not available.',
  spaceHidden:
    'MeetLink cannot see this meeting. Google shows an app only the meetings that app created, so meetings made in Google Calendar, in Meet itself or by another app stay hidden from MeetLink; and only the person who made a meeting may change it.',
  meetingNotFound: 'No Google Meet meeting has this code. Check it and try again.',
  meetUnavailable: 'Google Meet is not answering right now. Try again in a few minutes.',
  unexpected: 'Something unexpected went wrong. Try again.',
};

const ACCESS_NAMES: Record<AccessType, string> = { OPEN: 'Open', TRUSTED: 'Trusted', RESTRICTED: 'Restricted' };
const ACCESS_DETAILS: Record<AccessType, string> = {
  OPEN: 'Anyone with the link joins without asking.',
  TRUSTED: 'People in your organization, invited guests and phone callers join without asking; others ask.',
  RESTRICTED: 'Only invited guests join without asking; everyone else asks.',
};
