import type { MeetContext } from './context';
import { makeMeetLink, meetApiUsable, type LinkOptions } from './make-link';
import type { AccessType } from './meet-port';
import { endConference, lookupMeeting, readSpace, setAccessType } from './spaces';
import { addMeetToEvent, removeMeetLink, replaceMeetLink, type ChangeOptions, type EventRef } from './event-conference';
import { sweepTemporaryEvents } from './temporary-event';

/**
 * The Meet engine: every operation first sweeps temporary events an earlier action could not delete
 * (free when there are none), so no temporary event outlives the next action.
 */
export function meetEngine(ctx: MeetContext) {
  const swept =
    <A extends unknown[], R>(operation: (ctx: MeetContext, ...args: A) => R) =>
    (...args: A): R => {
      sweepTemporaryEvents(ctx);
      return operation(ctx, ...args);
    };
  return {
    /** Workspace: one Meet REST call; free accounts and any Meet API failure: the Calendar method. */
    createLink: swept((c, options?: LinkOptions) => makeMeetLink(c, options)),
    addToEvent: swept((c, ref: EventRef, options?: ChangeOptions) => addMeetToEvent(c, ref, options)),
    replaceOnEvent: swept((c, ref: EventRef, previousCode: string | undefined, options?: ChangeOptions) =>
      replaceMeetLink(c, ref, previousCode, options),
    ),
    removeFromEvent: swept((c, ref: EventRef, options?: ChangeOptions) => removeMeetLink(c, ref, options)),
    // Meet REST spaces (Workspace accounts): no Calendar call, so nothing to sweep.
    meetApiUsable: () => meetApiUsable(ctx),
    lookupMeeting: (code: string) => lookupMeeting(ctx, code),
    readSpace: (name: string) => readSpace(ctx, name),
    setAccessType: (name: string, accessType: AccessType) => setAccessType(ctx, name, accessType),
    endConference: (name: string) => endConference(ctx, name),
  };
}

export type MeetEngine = ReturnType<typeof meetEngine>;
