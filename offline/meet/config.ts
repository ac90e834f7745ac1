import type { GoogleError } from '../google-errors';

/**
 * SpaceConfig as the offline Meet REST API v2 models it: what a request body may carry, its defaults, and
 * updateMask paths, nested ones included. Sources:
 * - "reference": developers.google.com/workspace/meet/api/reference/rest/v2/spaces#SpaceConfig (fields and enums);
 * - "patch": developers.google.com/workspace/meet/api/reference/rest/v2/spaces/patch (updateMask, FieldMask format);
 * - "configuration": developers.google.com/workspace/meet/api/guides/meeting-spaces-configuration (moderation,
 *   artifacts, attendance report).
 * Anything else (moderationRestrictions, the *_UNSPECIFIED values, another field) throws NotModelled.
 */

export type AccessType = 'OPEN' | 'TRUSTED' | 'RESTRICTED';
export type EntryPointAccess = 'ALL' | 'CREATOR_APP_ONLY';
export type OnOff = 'ON' | 'OFF';
export type AttendanceReport = 'GENERATE_REPORT' | 'DO_NOT_GENERATE';

export interface ArtifactConfigJson {
  recordingConfig: { autoRecordingGeneration: OnOff };
  transcriptionConfig: { autoTranscriptionGeneration: OnOff };
  smartNotesConfig: { autoSmartNotesGeneration: OnOff };
}

export interface SpaceConfigJson {
  accessType: AccessType;
  entryPointAccess: EntryPointAccess;
  moderation: OnOff;
  attendanceReportGenerationType: AttendanceReport;
  artifactConfig: ArtifactConfigJson;
}

/** The artifacts an edition or an admin may refuse (configuration: "subject to the user's Workspace edition and admin settings"). */
export type Artifact = 'recording' | 'transcription' | 'smartNotes' | 'attendanceReport';

/** Which config path turns each artifact on, and the values that mean on and off. */
export const ARTIFACT_PATHS: Record<Artifact, { path: string; on: string; off: string }> = {
  recording: { path: 'artifactConfig.recordingConfig.autoRecordingGeneration', on: 'ON', off: 'OFF' },
  transcription: { path: 'artifactConfig.transcriptionConfig.autoTranscriptionGeneration', on: 'ON', off: 'OFF' },
  smartNotes: { path: 'artifactConfig.smartNotesConfig.autoSmartNotesGeneration', on: 'ON', off: 'OFF' },
  attendanceReport: { path: 'attendanceReportGenerationType', on: 'GENERATE_REPORT', off: 'DO_NOT_GENERATE' },
};

/**
 * The leaves of SpaceConfig the model knows, with their documented values. The defaults: accessType is the
 * admin's choice (MeetModelOptions.defaultAccessType); entryPointAccess "Default: EntryPointAccess.ALL"
 * (reference); moderation, artifacts and the attendance report are "controlled by the user's policies" and
 * OFF / DO_NOT_GENERATE here (what a given domain chose is not knowable).
 */
const LEAVES: Record<string, readonly string[]> = {
  accessType: ['OPEN', 'TRUSTED', 'RESTRICTED'],
  entryPointAccess: ['ALL', 'CREATOR_APP_ONLY'],
  moderation: ['ON', 'OFF'],
  attendanceReportGenerationType: ['GENERATE_REPORT', 'DO_NOT_GENERATE'],
  'artifactConfig.recordingConfig.autoRecordingGeneration': ['ON', 'OFF'],
  'artifactConfig.transcriptionConfig.autoTranscriptionGeneration': ['ON', 'OFF'],
  'artifactConfig.smartNotesConfig.autoSmartNotesGeneration': ['ON', 'OFF'],
};

export function defaultConfig(accessType: AccessType): SpaceConfigJson {
  return {
    accessType,
    entryPointAccess: 'ALL',
    moderation: 'OFF',
    attendanceReportGenerationType: 'DO_NOT_GENERATE',
    artifactConfig: {
      recordingConfig: { autoRecordingGeneration: 'OFF' },
      transcriptionConfig: { autoTranscriptionGeneration: 'OFF' },
      smartNotesConfig: { autoSmartNotesGeneration: 'OFF' },
    },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A config as sent: its leaves by dotted path, checked; an enum outside the documented ones is Google's 400. */
export interface SentConfig {
  leaves: Map<string, string>;
  invalid?: GoogleError;
}

export function readSentConfig(
  config: unknown,
  api: string,
  notModelled: (what: string) => Error,
  invalidArgument: (m: string) => GoogleError,
): SentConfig {
  const leaves = new Map<string, string>();
  let invalid: GoogleError | undefined;
  const walk = (value: unknown, prefix: string) => {
    if (!isObject(value)) throw notModelled(`${api} with ${prefix || 'a config'} that is not an object`);
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const allowed = LEAVES[path];
      if (allowed) {
        if (typeof child === 'string' && /_UNSPECIFIED$/.test(child)) throw notModelled(`${path} ${child}`);
        // An enum value outside the documented ones is Google's 400 (the JSON-to-proto mapping), answered in the call.
        if (typeof child !== 'string' || !allowed.includes(child))
          invalid ??= invalidArgument(`Invalid value at 'space.config.${path}' (${String(child)})`);
        else leaves.set(path, child);
      } else if (Object.keys(LEAVES).some((leaf) => leaf.startsWith(`${path}.`))) walk(child, path);
      else throw notModelled(`SpaceConfig field "${path}" in ${api}`);
    }
  };
  walk(config, '');
  return { leaves, ...(invalid ? { invalid } : {}) };
}

/** The leaves a mask path covers: itself, or every leaf below it (FieldMask: a message path covers its fields). */
export function leavesUnder(maskPath: string, notModelled: (what: string) => Error): string[] {
  if (maskPath === '*' || maskPath === 'config') return Object.keys(LEAVES);
  if (!maskPath.startsWith('config.')) throw notModelled(`updateMask path "${maskPath}"`);
  const path = maskPath.slice('config.'.length);
  if (LEAVES[path]) return [path];
  const below = Object.keys(LEAVES).filter((leaf) => leaf.startsWith(`${path}.`));
  if (!below.length) throw notModelled(`updateMask path "${maskPath}"`);
  return below;
}

export function getLeaf(config: SpaceConfigJson, path: string): string {
  return path.split('.').reduce<any>((node, key) => node[key], config) as string;
}

export function setLeaf(config: SpaceConfigJson, path: string, value: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const node = keys.reduce<any>((n, key) => n[key], config);
  node[last] = value;
}

export function cloneConfig(config: SpaceConfigJson): SpaceConfigJson {
  return JSON.parse(JSON.stringify(config)) as SpaceConfigJson;
}
