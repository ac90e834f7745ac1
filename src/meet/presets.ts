import type { Preset } from '../settings';
import { believed, editionSeen, rememberEdition, type Memory } from './account-memory';
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

// ---- what this account's Google refused, or showed on, preset by preset ----------------------------------------

/** The presets Google refused this account within 30 days (src/meet/account-memory.ts): not sent again, named on the card. */
export function refusedEarlier(ctx: Memory, presets: readonly Preset[]): Preset[] {
  const { presetsRefused = {} } = editionSeen(ctx);
  return presets.filter((p) => believed(ctx, presetsRefused[p]));
}

function confirmedEarlier(ctx: Memory, presets: readonly Preset[]): Preset[] {
  const { presetsConfirmed = {} } = editionSeen(ctx);
  return presets.filter((p) => believed(ctx, presetsConfirmed[p]));
}

function rememberSeen(ctx: Memory, refused: readonly Preset[], confirmed: readonly Preset[]): void {
  if (!refused.length && !confirmed.length) return;
  const at = ctx.now();
  // A preset is either refused or confirmed, whichever Google showed last.
  const without = (seen: Partial<Record<Preset, number>> | undefined, drop: readonly Preset[]) =>
    Object.fromEntries(Object.entries(seen ?? {}).filter(([p]) => !drop.includes(p as Preset)));
  const dated = (presets: readonly Preset[]) => Object.fromEntries(presets.map((p) => [p, at]));
  rememberEdition(ctx, (seen) => ({
    ...seen,
    presetsRefused: { ...without(seen.presetsRefused, confirmed), ...dated(refused) },
    presetsConfirmed: { ...without(seen.presetsConfirmed, refused), ...dated(confirmed) },
  }));
}

// ---- asking for presets -------------------------------------------------------------------------------------

/** What became of the presets asked for a space: on (the rest), refused by Google (now or earlier), or not set. */
export interface PresetOutcome {
  /** Google refused them, in this call or within 30 days (then not asked again): the edition or the admin. */
  refused: Preset[];
  /** Google failed (5xx, 429) or there was no time left: not on, and not held against the account. */
  notSet: Preset[];
}

export interface CreatedSpace extends PresetOutcome {
  space: Space;
}

/**
 * What Google answered compared with what was asked. A preset the answer shows off was refused (Google accepted
 * the call and dropped it). One the answer shows on is believed once a read has shown it on after MeetLink asked,
 * within 30 days: until then the space is read once (`spaces.get`), because Google may echo a preset it never
 * applies (docs/meet-rest.md, "Presets by edition"). That read is at most one per preset a month per account.
 */
function checkAnswer(ctx: MeetContext, space: Space, asked: readonly Preset[]): { space: Space; off: Preset[] } {
  const answeredOn = presetsOn(space);
  let off = asked.filter((p) => !answeredOn.includes(p));
  let current = space;
  const unconfirmed = asked.filter((p) => answeredOn.includes(p) && !confirmedEarlier(ctx, [p]).length);
  let confirmed: Preset[] = [];
  if (unconfirmed.length && canStartCall(ctx)) {
    try {
      current = ctx.meet!.get(space.name);
      const readOn = presetsOn(current);
      off = asked.filter((p) => !readOn.includes(p));
      confirmed = asked.filter((p) => readOn.includes(p));
    } catch {
      // Not read: the answer is believed this time, and the next link asks for the read again.
    }
  }
  rememberSeen(ctx, off, confirmed);
  return { space: current, off };
}

/**
 * spaces.create with the presets in the same single call, leaving out those Google refused this account within
 * 30 days (so a refused preset costs 2 creates once a month, not on every link). No presets: `create()` with an
 * empty body, the call MeetLink always made. When Google refuses the call that carried presets, the space is made
 * without them (a second create) and each preset is then tried alone (one patch each), so the card can name the
 * ones Google refused; at most 2 + 4 calls, each once (no waits), and one read the first time a preset is on. A
 * failure of the plain create is thrown as it came, for makeMeetLink to fall back to Calendar as before.
 */
export function createSpace(ctx: MeetContext, presets: readonly Preset[]): CreatedSpace {
  const meet = ctx.meet!;
  const earlier = refusedEarlier(ctx, presets);
  const asked = presets.filter((p) => !earlier.includes(p));
  if (!asked.length) return { space: meet.create(), refused: earlier, notSet: [] };
  let made: Space;
  try {
    made = meet.create(presetConfig(asked));
  } catch (error) {
    if (!isPresetRefusal(error)) throw error;
    // No time left for the create without presets: not a refusal of the Meet API, so the caller goes to Calendar.
    if (!canStartCall(ctx)) throw outOfTime();
    const each = applyEach(ctx, meet.create(), asked);
    return { ...each, refused: [...earlier, ...each.refused] };
  }
  const { space, off } = checkAnswer(ctx, made, asked);
  return { space, refused: [...earlier, ...off], notSet: [] };
}

/**
 * One patch whose mask names exactly the presets' fields, on a space this person owns; its answer checked as a
 * create's is. A refusal (400/403) is thrown for the caller to tell the edition from the owner.
 */
export function patchPresets(ctx: MeetContext, name: string, asked: readonly Preset[]): { space: Space; off: Preset[] } {
  const space = ctx.meet!.patchConfig(
    name,
    presetConfig(asked),
    asked.map((p) => PRESET_PATHS[p]),
  );
  return checkAnswer(ctx, space, asked);
}

/**
 * One patch per preset, each on its own field: what Google refuses is named (and remembered), what Google failed
 * to do or had no time for is said as not set, and the rest stays applied.
 */
export function applyEach(ctx: MeetContext, space: Space, presets: readonly Preset[]): CreatedSpace {
  let current = space;
  const refused: Preset[] = [];
  const notSet: Preset[] = [];
  for (const preset of presets) {
    // A patch that could not end by the action's deadline is not started: that preset is not on, and said so.
    if (!canStartCall(ctx)) {
      notSet.push(preset);
      continue;
    }
    try {
      const answered = ctx.meet!.patchConfig(space.name, presetConfig([preset]), [PRESET_PATHS[preset]]);
      current = answered;
      if (!presetsOn(answered).includes(preset)) refused.push(preset);
    } catch (error) {
      (isPresetRefusal(error) ? refused : notSet).push(preset);
    }
  }
  rememberSeen(ctx, refused, []);
  return { space: current, refused, notSet };
}
