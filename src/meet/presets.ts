import type { Preset } from '../settings';
import type { MeetContext } from './context';
import { GoogleApiError } from './google-api-error';
import type { Space, SpaceConfig } from './meet-port';
import { canStartCall, outOfTime } from './retry';

/**
 * Meeting presets for Workspace links: each maps to one SpaceConfig field, set ON (or GENERATE_REPORT) with an
 * update mask naming exactly that field (spaces reference, "SpaceConfig"; docs/meet-rest.md).
 */
export const PRESET_PATHS: Record<Preset, string> = {
  record: 'config.artifactConfig.recordingConfig.autoRecordingGeneration',
  transcribe: 'config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration',
  notes: 'config.artifactConfig.smartNotesConfig.autoSmartNotesGeneration',
  attendance: 'config.attendanceReportGenerationType',
};

/** The SpaceConfig that turns these presets on; the others are not sent, so they keep what the space has. */
export function presetConfig(presets: readonly Preset[]): SpaceConfig {
  const artifacts: NonNullable<SpaceConfig['artifactConfig']> = {};
  if (presets.includes('record')) artifacts.recordingConfig = { autoRecordingGeneration: 'ON' };
  if (presets.includes('transcribe')) artifacts.transcriptionConfig = { autoTranscriptionGeneration: 'ON' };
  if (presets.includes('notes')) artifacts.smartNotesConfig = { autoSmartNotesGeneration: 'ON' };
  return {
    ...(Object.keys(artifacts).length ? { artifactConfig: artifacts } : {}),
    ...(presets.includes('attendance') ? { attendanceReportGenerationType: 'GENERATE_REPORT' as const } : {}),
  };
}

/** Which presets a space has on, as Google answered it (the owner's view). */
export function presetsOn(space: Space): Preset[] {
  const c = space.config;
  const on: Preset[] = [];
  if (c?.artifactConfig?.recordingConfig?.autoRecordingGeneration === 'ON') on.push('record');
  if (c?.artifactConfig?.transcriptionConfig?.autoTranscriptionGeneration === 'ON') on.push('transcribe');
  if (c?.artifactConfig?.smartNotesConfig?.autoSmartNotesGeneration === 'ON') on.push('notes');
  if (c?.attendanceReportGenerationType === 'GENERATE_REPORT') on.push('attendance');
  return on;
}

/**
 * How Google may refuse a preset the person's edition or admin does not allow: not published, so any 400 or
 * 403 of a request that carried presets counts (PERMISSION_DENIED, FAILED_PRECONDITION, INVALID_ARGUMENT); a 401,
 * a 429 or a 5xx is something else and is not blamed on a preset.
 */
export function isPresetRefusal(error: unknown): boolean {
  return error instanceof GoogleApiError && (error.status === 400 || error.status === 403);
}

export interface CreatedSpace {
  space: Space;
  /** Presets Google did not apply: the card names them; the link is made all the same. */
  refused: Preset[];
}

/**
 * spaces.create with the presets in the same single call. No presets: `create()` with an empty body, the call
 * MeetLink always made. When Google refuses the call that carried presets, the space is made without them
 * (a second create) and each preset is then tried alone (one patch each), so the card can name the ones
 * Google refused; at most 2 + 4 calls, each once (no waits). A failure of the plain create is thrown as it came,
 * for makeMeetLink to fall back to Calendar as before.
 */
export function createSpace(ctx: MeetContext, presets: readonly Preset[]): CreatedSpace {
  const meet = ctx.meet!;
  if (!presets.length) return { space: meet.create(), refused: [] };
  try {
    return { space: meet.create(presetConfig(presets)), refused: [] };
  } catch (error) {
    if (!isPresetRefusal(error)) throw error;
  }
  // No time left for the create without presets: not a refusal of the Meet API, so the caller goes to Calendar.
  if (!canStartCall(ctx)) throw outOfTime();
  const space = meet.create();
  return applyEach(ctx, space, presets);
}

/** One patch per preset, each on its own field: what Google refuses is named, the rest stays applied. */
export function applyEach(ctx: MeetContext, space: Space, presets: readonly Preset[]): CreatedSpace {
  let current = space;
  const refused: Preset[] = [];
  for (const preset of presets) {
    // A patch that could not end by the action's deadline is not started: that preset is not on, and said so.
    if (!canStartCall(ctx)) {
      refused.push(preset);
      continue;
    }
    try {
      current = ctx.meet!.patchConfig(space.name, presetConfig([preset]), [PRESET_PATHS[preset]]);
    } catch {
      // Refused, or Google failed: either way this preset is not on, and the card says so.
      refused.push(preset);
    }
  }
  return { space: current, refused };
}
