/**
 * Google Workspace editions, and which Meet features each has: the one table the offline Google reads (the Meet
 * model for co-hosts and auto artifacts; the conference records for what a meeting can have made). A Workspace
 * account's edition is `Account.edition` (offline/services.ts); a free Gmail account has none (the Meet API
 * refuses it whole: offline/meet/model.ts).
 *
 * Sources, Google Meet Help and the Admin Help (each list as the page has it):
 * - co-hosts: support.google.com/meet/answer/10885841 ("Some Workspace editions can use Host Management to add up
 *   to 25 co-hosts": Business Standard, Business Plus, Essentials, Enterprise Starter, Enterprise Essentials,
 *   Enterprise Standard, Enterprise Plus, all Education editions, Workspace Individual) and Workspace Updates,
 *   20 April 2022 ("Not available to Google Workspace Business Starter, Frontline, and Nonprofits");
 * - recording: support.google.com/meet/answer/9308681 (Business Plus, Business Standard, Essentials, Education
 *   Plus, Enterprise Essentials, Enterprise Plus, Enterprise Standard, Enterprise Starter, …), and "you must first
 *   allow meeting recording" (the admin);
 * - transcripts: support.google.com/a/answer/12076932 ("Business Standard; Business Plus; Enterprise Standard and
 *   Enterprise Plus; Teaching and Learning Upgrade and Education Plus");
 * - attendance reports: support.google.com/a/answer/10250057 and a/users/10268857 ("Business Plus; Enterprise
 *   Standard and Enterprise Plus; Teaching and Learning Upgrade and Education Plus; Essentials, Enterprise
 *   Essentials and Enterprise Essentials Plus"): not Business Standard;
 * - Gemini notes ("Take notes for me", SpaceConfig SmartNotesConfig): the Gemini plans; which editions include
 *   them changes with Google's plans and is *unconfirmed* here: Business Standard and up, none of the others.
 *
 * An admin may still turn a feature off in an edition that has it: `MeetModelOptions.refusedArtifacts`.
 */
export type Edition = 'businessStarter' | 'businessStandard' | 'businessPlus' | 'enterprise' | 'frontline' | 'nonprofits';

/** What an edition lets a meeting have. The artifact names are offline/meet/config.ts's `Artifact`. */
export interface EditionFeatures {
  cohosts: boolean;
  recording: boolean;
  transcription: boolean;
  smartNotes: boolean;
  attendanceReport: boolean;
}

const NOTHING: EditionFeatures = { cohosts: false, recording: false, transcription: false, smartNotes: false, attendanceReport: false };

export const EDITIONS: Record<Edition, EditionFeatures> = {
  businessStarter: NOTHING,
  businessStandard: { cohosts: true, recording: true, transcription: true, smartNotes: true, attendanceReport: false },
  businessPlus: { cohosts: true, recording: true, transcription: true, smartNotes: true, attendanceReport: true },
  /** Enterprise Standard and Enterprise Plus: every feature. */
  enterprise: { cohosts: true, recording: true, transcription: true, smartNotes: true, attendanceReport: true },
  /** Frontline Starter and Standard. */
  frontline: NOTHING,
  /** Google Workspace for Nonprofits (the no-cost edition). */
  nonprofits: NOTHING,
};

/** A Workspace account without an edition named has every feature, as the fakes had before editions. */
export const DEFAULT_EDITION: Edition = 'enterprise';

export function editionHas(edition: Edition | undefined, feature: keyof EditionFeatures): boolean {
  return EDITIONS[edition ?? DEFAULT_EDITION][feature];
}
