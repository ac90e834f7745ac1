import type { MeetContext } from './context';
import { createMeetLink } from './create-meet-link';
import { addMeetToEvent, removeMeetLink, replaceMeetLink, type ChangeOptions, type EventRef } from './event-conference';
import { sweepTemporaryEvents } from './temporary-event';

/**
 * The Meet engine: every operation first sweeps temporary events an earlier action could not delete
 * (free when there are none), so no temporary event outlives the next action.
 */
export function meetEngine(ctx: MeetContext) {
  const swept = <A extends unknown[], R>(operation: (ctx: MeetContext, ...args: A) => R) =>
    (...args: A): R => {
      sweepTemporaryEvents(ctx);
      return operation(ctx, ...args);
    };
  return {
    createLink: swept(createMeetLink),
    addToEvent: swept((c, ref: EventRef, options?: ChangeOptions) => addMeetToEvent(c, ref, options)),
    replaceOnEvent: swept((c, ref: EventRef, previousCode: string | undefined, options?: ChangeOptions) =>
      replaceMeetLink(c, ref, previousCode, options),
    ),
    removeFromEvent: swept((c, ref: EventRef, options?: ChangeOptions) => removeMeetLink(c, ref, options)),
  };
}

export type MeetEngine = ReturnType<typeof meetEngine>;
