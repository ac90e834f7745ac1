import type { MeetContext } from './context';
import { makeMeetLink, meetApiOffered, meetApiUsable, type LinkOptions } from './make-link';
import type { AccessType, Member, OnOff } from './meet-port';
import {
  addCohosts,
  applyPresets,
  cohostsOffered,
  endConference,
  listCohosts,
  lookupMeeting,
  type MeetScope,
  readSpace,
  removeCohost,
  setAccessType,
} from './spaces';
import type { Preset } from '../settings';
import { addMeetToEvent, removeMeetLink, replaceMeetLink, type ChangeOptions, type EventRef } from './event-conference';
import { logSummary } from './errors';
import { deleteJournaledEvents, sweepTemporaryEvents } from './temporary-event';
import { deleteLeftoverEvent } from './leftover-event';
import { readMeeting, scheduleMeeting, type MeetingRequest } from './meeting-invite';
import { afterMeeting, type AfterMeetingRequest } from './after-meeting';
import { recentMeetings } from './recent-meetings';

/**
 * The Meet engine: every Calendar operation first sweeps temporary events an earlier action could not delete,
 * in a small slice of the action (free when there are none, and at most about once a day a list by the
 * marker), so no temporary event outlives the next actions once Google recovers.
 */
export function meetEngine(ctx: MeetContext) {
  const swept =
    <A extends unknown[], R>(operation: (ctx: MeetContext, ...args: A) => R) =>
    (...args: A): R => {
      try {
        sweepTemporaryEvents(ctx);
      } catch (error) {
        // The sweep never stands in the way of what the person asked for; it runs again at the next action.
        console.warn(`MeetLink: sweep skipped: ${logSummary(error)}`);
      }
      return operation(ctx, ...args);
    };
  return {
    /** Workspace: one Meet REST call; free accounts and any Meet API failure: the Calendar method. */
    createLink: swept((c, options?: LinkOptions) => makeMeetLink(c, options)),
    addToEvent: swept((c, ref: EventRef, options?: ChangeOptions) => addMeetToEvent(c, ref, options)),
    replaceOnEvent: swept((c, ref: EventRef, previousCode: string | undefined, options?: ChangeOptions) =>
      replaceMeetLink(c, ref, previousCode, options),
    ),
    /** A real meeting with guests and a fresh Meet: one event, invitations sent by Google. */
    scheduleMeeting: swept((c, request: MeetingRequest) => scheduleMeeting(c, request)),
    /** That meeting as Google has it now (one read, no sweep): what a reply to its guests says. */
    readMeeting: (eventId: string) => readMeeting(ctx, eventId),
    removeFromEvent: swept((c, ref: EventRef, options?: ChangeOptions) => removeMeetLink(c, ref, options)),
    /** The person opened MeetLink's own leftover temporary event and asked to delete it. */
    deleteLeftover: swept((c, ref: EventRef) => deleteLeftoverEvent(c, ref)),
    /** "Delete my MeetLink data": the temporary events still journaled; answers how many may remain. */
    deleteJournaledEvents: () => deleteJournaledEvents(ctx),
    // Meet REST spaces (Workspace accounts): no Calendar call, so nothing to sweep.
    /** `settings`: the open event's Meet, any maker (meetings.space.settings); else this app's spaces. */
    meetApiUsable: (scope?: MeetScope) => meetApiUsable(ctx, scope),
    /** Meet's controls shown: the account may use the Meet API, whichever Meet scope the person granted. */
    meetApiOffered: () => meetApiOffered(ctx),
    lookupMeeting: (code: string, scope?: MeetScope) => lookupMeeting(ctx, code, scope),
    readSpace: (name: string) => readSpace(ctx, name),
    setAccessType: (name: string, accessType: AccessType, scope?: MeetScope) => setAccessType(ctx, name, accessType, scope),
    endConference: (name: string) => endConference(ctx, name),
    applyPresets: (name: string, presets: readonly Preset[]) => applyPresets(ctx, name, presets),
    listCohosts: (name: string) => listCohosts(ctx, name),
    addCohosts: (name: string, emails: readonly string[], moderation: OnOff | undefined, current?: readonly Member[]) =>
      addCohosts(ctx, name, emails, moderation, current),
    /** The link card offers co-hosts: Google has not refused this account them within 30 days. */
    cohostsOffered: () => cohostsOffered(ctx),
    removeCohost: (name: string, member: string) => removeCohost(ctx, name, member),
    // After the meeting: reads only (Meet conference records, the event), so nothing to sweep.
    afterMeeting: (request: AfterMeetingRequest) => afterMeeting(ctx, request),
    recentMeetings: () => recentMeetings(ctx),
  };
}

export type MeetEngine = ReturnType<typeof meetEngine>;
