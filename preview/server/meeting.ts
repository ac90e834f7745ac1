/**
 * The latest meeting MeetLink made through the Meet REST API, and people joining or leaving it: the offline
 * Meet model's hooks `startConference` / `stopConference` (offline/meet/model.ts). With a conference on, the
 * meeting's card shows "End meeting" after Refresh.
 */
import type { SpaceJson } from '../../offline/meet/model';
import type { OfflineRuntime } from '../../offline/runtime';
import type { ConferenceChange, PreviewState } from '../protocol';
import { HttpError } from './http-error';

/**
 * Only Workspace accounts can create spaces (Meet refuses free Gmail accounts), and the preview has one
 * Workspace account: the latest space this app made is that account's.
 */
export function latestMeeting(runtime: OfflineRuntime): SpaceJson | undefined {
  if (runtime.settings.account.kind !== 'workspace') return undefined;
  return runtime.meet.appSpaces().at(-1);
}

export function meetingState(runtime: OfflineRuntime): PreviewState['meeting'] {
  const space = latestMeeting(runtime);
  return space && { code: space.meetingCode, active: Boolean(space.activeConference) };
}

export function changeConference(runtime: OfflineRuntime, change: ConferenceChange): void {
  const space = latestMeeting(runtime);
  if (!space) {
    throw new HttpError(
      409,
      runtime.settings.account.kind === 'workspace'
        ? 'MeetLink has not made a meeting through the Meet API yet: press Create Meet link first.'
        : 'Only Workspace accounts have meetings MeetLink can end: choose the Workspace account, then Create Meet link.',
    );
  }
  if (change === 'join') runtime.meet.startConference(space.name);
  else runtime.meet.stopConference(space.name);
}
