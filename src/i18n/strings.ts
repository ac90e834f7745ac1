import type { FailureKind } from '../meet/errors';
import type { AccessType } from '../meet/meet-port';
import { HISTORY_SIZE, LABEL_MAX, PINNED_MAX } from '../history';
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
  taglineWaiting: 'A Google Meet link in one click. Nobody is notified.',
  temporaryEventLeft:
    'A temporary MeetLink event is still in your calendar: Google did not confirm it was deleted. MeetLink deletes it at your next action. It has no guests and notified nobody.',
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
  recentHint: 'Tap a link to give it a label or pin it to the top.',
  clearRecent: 'Clear recent links',
  recentCleared: 'Recent links cleared.',
  confirmClearTitle: 'Clear recent links?',
  confirmClear: 'Your recent links leave this list. The links themselves keep working, and pinned links stay.',
  clear: 'Clear',
  pinnedWhen: (when: string) => `Pinned · ${when}`,
  linkTitle: 'Your link',
  labelField: 'Label',
  labelHint: 'For example: Office hours',
  saveLabel: 'Save label',
  labelSaved: 'Label saved.',
  labelRemoved: 'Label removed.',
  labelTooLong: `A label can be at most ${LABEL_MAX} characters.`,
  pin: 'Pin to the top',
  unpin: 'Unpin',
  pinnedDone: 'Pinned to the top.',
  unpinnedDone: 'Unpinned.',
  pinLimit: `You can pin up to ${PINNED_MAX} links. Unpin one first.`,
  linkForgotten: 'This link is no longer in your recent links.',
  freeAccountNote: 'On a free Google account, meetings of 3 or more people end after 60 minutes.',
  back: 'Back',
  tryAgain: 'Try again',

  // Compose
  composeTitle: 'Insert into your email',
  composeHint: 'MeetLink creates a new link and puts it where your cursor is.',
  insertLink: 'Insert Meet link',
  insertInvitation: 'Insert invitation',
  yourLinksTitle: 'Your links',
  insertSavedLink: 'Insert link',
  inserted: 'Meet link inserted.',
  invitationInserted: 'Invitation inserted.',

  // Gmail, an open message
  messageTitle: 'Reply to this email',
  messageHint: 'MeetLink creates a new link and opens a reply to everyone on this email with it. Nothing is sent until you send it.',
  replyWithLink: 'Reply with Meet link',
  replyWithInvitation: 'Reply with invitation',

  // Calendar
  eventHasMeet: 'This event has a Google Meet link.',
  eventHasNoConference: 'This event has no video conference yet.',
  eventHasOther: (name: string) => `This event uses ${name}.`,
  eventPending: 'Google is still preparing this event’s Meet link. Open the event again in a moment.',
  eventFailed: 'This event shows a video conference that Google could not create: it has no link. Add a Meet link to try again.',
  eventConferenceFailed: 'Google could not make a Meet link for this event. The event now shows a failed video conference, with no link.',
  addMeet: 'Add Meet link',
  replaceMeet: 'Replace with a new link',
  removeMeet: 'Remove Meet link',
  removeOther: (name: string) => `Remove ${name}`,
  switchToMeet: 'Switch to Google Meet',
  confirmReplaceTitle: 'Replace the Meet link?',
  confirmReplace: 'The event gets a new Meet link and the old one is taken off it. Anyone who saved the old link will need the new one.',
  replace: 'Replace',
  confirmSwitchTitle: 'Switch to Google Meet?',
  confirmSwitch: (name: string) =>
    `The ${name} details are taken off the event and a Google Meet link takes their place. MeetLink cannot restore them: you would have to add them again in ${name}.`,
  switchedToMeet: 'The event now has a Google Meet link.',
  guestsEmailed: 'Guests will get an email about the change.',
  guestsNotEmailed: 'Guests will not be emailed.',
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
  templateHint:
    'Placeholders: {link} (required), {code}, {phone}, {pin}, {morePhones}, {label}. Lines whose details a meeting lacks are left out. Empty: the default template.',
  formatLabel: 'Insert as',
  formatText: 'Plain text',
  formatHtml: 'Rich text (bold, italics, links)',
  formatHint:
    'Rich text understands <b>bold</b>, <i>italics</i>, <u>underline</u>, <br> and <a href="https://…">links</a>; anything else is shown as typed.',
  composeDefaultLabel: 'Offer first when writing an email',
  composeDefaultLink: 'Meet link',
  composeDefaultInvitation: 'Invitation',
  keepHistoryLabel: `Keep my ${HISTORY_SIZE} most recent links`,
  notifyGuestsLabel: 'Email guests when I change an event’s Meet link',
  save: 'Save',
  saved: 'Settings saved.',
  savedWithDefaultTemplate: 'Settings saved. The template was empty, so the default template is used.',
  resetTemplate: 'Restore default template',
  settingsDamaged: 'Your saved settings could not be read in full; the defaults are shown for what was damaged. Save to fix them.',
  templateProblem: (problem: TemplateProblem) =>
    ({
      empty: 'The invitation template is empty. Nothing was saved.',
      noLink: 'The invitation template must contain {link}. Nothing was saved.',
      tooLong: `The invitation template is ${problem.kind === 'tooLong' ? problem.length : ''} characters long; the limit is ${TEMPLATE_MAX}. Nothing was saved.`,
      unknownPlaceholder: `The invitation template uses ${problem.kind === 'unknownPlaceholder' ? problem.names.map((name) => `{${name}}`).join(', ') : ''}, which MeetLink does not know. Use {link}, {code}, {phone}, {pin}, {morePhones} or {label}. Nothing was saved.`,
    })[problem.kind],

  // Help
  helpTitle: 'Help',
  helpHowTitle: 'How it works',
  helpHow:
    'Create Meet link gives you a new Google Meet link at once. On a free Google account, MeetLink gets it from Google Calendar: it puts a private event on your calendar, with no guests, no reminders and no emails, takes its link and deletes it straight away. The link keeps working after the event is gone. While you write an email, MeetLink puts a link, or a whole invitation, where your cursor is. In an event you organize, it adds, replaces or removes the Meet link, and checks the event afterwards to be sure Google made the change.',
  helpWorkspaceTitle: 'Work and school accounts',
  helpWorkspace:
    'If your account is managed by your organization, MeetLink makes the meeting itself, so you can choose who joins without asking (Open, Trusted or Restricted), end a meeting for everyone with End meeting while one is going on, and look up a meeting you made with MeetLink by its code or link. Invitations that need a phone number or PIN are made through Google Calendar, which provides them. Free Gmail accounts do not have these controls.',
  helpLinksTitle: 'Your links',
  helpLinks:
    'Your recent links are listed on the MeetLink home page. Tap one to give it a label, such as Office hours, or to pin it: pinned links stay at the top and are offered when you write an email. {label} puts the label into an invitation.',
  helpLimitsTitle: 'Limits',
  helpLimits:
    'On free Google accounts, meetings of 3 or more people end after 60 minutes. A meeting code expires 365 days after it was last used, unless it belongs to a future event.',
  helpPrivacyTitle: 'Privacy',
  helpPrivacy: `MeetLink keeps a few small notes in storage that belongs to your Google account and only you can read: your settings; your ${HISTORY_SIZE} most recent links with their labels and pins, only while "Keep my recent links" is on (turning it off deletes them); the list of temporary events not yet confirmed deleted, so none is left behind; the date Google last refused your account its meeting controls, so it is not asked again for 30 days; and the date of the last daily check for leftover temporary events. MeetLink reads only the sender and recipients of an email you reply to, never its text. Nothing is sent anywhere but Google.`,

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
  spacesFreeNote: 'Choosing who may join and ending a meeting for everyone are available only to work and school accounts.',

  // Failures
  failureTitle: 'That didn’t work',
  failure: (kind: FailureKind): string => FAILURES[kind],
} as const;

const FAILURES: Record<FailureKind, string> = {
  signedOut: 'Your Google authorization has expired. Close and reopen MeetLink, and allow access when asked.',
  noPermission: 'MeetLink is not allowed to change this calendar or event. You can change only events on calendars you own.',
  notOwnedCalendar:
    'MeetLink can change events only on calendars you own. This event is on a calendar shared with you: change its video conference in Google Calendar itself.',
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
    'Looking up a meeting, choosing who may join and ending a meeting for everyone work only for work and school accounts whose organization allows them. Google does not allow them for your account, so MeetLink makes your links through Google Calendar instead.',
  spaceHidden:
    'MeetLink cannot see this meeting. Google shows an app only the meetings that app created, so meetings made in Google Calendar, in Meet itself or by another app stay hidden from MeetLink; and only the person who made a meeting may change it.',
  meetingNotFound: 'No Google Meet meeting has this code. Check it and try again.',
  meetingUnknown:
    'MeetLink cannot open this meeting: it does not exist, or it was not made by MeetLink. Check the code; a meeting made in Google Calendar or in Meet itself cannot be opened here.',
  meetUnavailable: 'Google Meet is not answering right now. Try again in a few minutes.',
  messageGone: 'This email no longer exists, so MeetLink could not reply to it. Nothing was created.',
  messageAccess: 'Gmail no longer lets MeetLink read this email. Open the email again, then try again. Nothing was created.',
  gmailFailed: 'Gmail could not create the reply. Nothing was sent; try again.',
  busy: 'MeetLink is busy with another action — try again.',
  unexpected: 'Something unexpected went wrong. Try again.',
};

const ACCESS_NAMES: Record<AccessType, string> = { OPEN: 'Open', TRUSTED: 'Trusted', RESTRICTED: 'Restricted' };
const ACCESS_DETAILS: Record<AccessType, string> = {
  OPEN: 'Anyone with the link joins without asking.',
  TRUSTED: 'People in your organization, invited guests and phone callers join without asking; others ask.',
  RESTRICTED: 'Only invited guests join without asking; everyone else asks.',
};
