import { ACCESS_DEFAULT, makeLinkStepCard } from '../cards/make-link-step';
import type { AddOnEvent } from '../host/event-object';
import { FEATURE_SCOPES, STEP_FEATURE } from '../host/feature-scopes';
import { MAKE_MEET_LINK, STEP_COHOSTS, type Values } from '../host/studio-steps';
import { STRINGS } from '../i18n/strings';
import { logSummary, MeetFailure, type FailureKind } from '../meet/errors';
import { ACCESS_TYPES, type AccessType } from '../meet/meet-port';
import { MAX_COHOSTS_PER_ACTION } from '../meet/spaces';
import { PRESETS, type Preset } from '../settings';
import { clip } from '../text/escape';
import type { App } from './app';
import { newLink } from './link-actions';
import { isEmailAddress } from '../text/addresses';
import { addressesIn } from './space-actions';
import { stepInputs } from './step-inputs';
import type { LogPart, StepDone, StepFailed } from './step-response';

type Inputs = Values<typeof MAKE_MEET_LINK.inputs>;

/** The config card: the step's inputs as widgets named by their ids (src/cards/make-link-step.ts). */
export function makeLinkConfig(app: App) {
  return makeLinkStepCard({
    consentMissing: app.consent.missing(FEATURE_SCOPES[STEP_FEATURE.makeMeetLink].needs).length > 0,
    // No Google call: whether this account's links are made in Meet (not free Gmail, not refused lately, scope granted).
    controlsUnavailable: !app.engine().meetApiUsable(),
  });
}

/**
 * Failures that running the step again can cure: Google was slow, busy or failing for a moment, and nothing was
 * made (a link is only ever returned whole; a temporary event is deleted, or journaled and swept). Studio then runs
 * it again, up to 5 times (ErrorRetryability.RETRYABLE). The others need the person, or tomorrow.
 */
const RETRYABLE: readonly FailureKind[] = [
  'rateLimited',
  'googleUnavailable',
  'meetUnavailable',
  'conferenceFailed',
  'conferenceTimeout',
  'badLink',
  'busy',
];

/**
 * "Make a Meet link": the inputs are checked before any call (a wrong co-host address makes nothing), then the
 * link is made as Create Meet link makes it (src/actions/link-actions.ts newLink: the same engine, journal, lock,
 * budgets and history), with the step's presets in the same spaces.create call. Who may join and co-hosts go
 * through the spaces functions the link card uses; what Google refused is said in the log and in `notDone`, and
 * the link is given all the same. Nothing is sent to anyone.
 */
export function makeMeetLinkStep(app: App, e: AddOnEvent | undefined): StepDone<typeof MAKE_MEET_LINK> | StepFailed {
  const inputs = stepInputs(MAKE_MEET_LINK, e);
  const access = accessOf(inputs.whoCanJoin);
  if (access === 'invalid') return fixable(STRINGS.stepBadAccess(clip(inputs.whoCanJoin, 60)));
  const cohosts = cohostsOf(inputs);
  const invalid = cohosts.filter((email) => !isEmailAddress(email));
  if (invalid.length) return fixable(STRINGS.stepBadCohosts(invalid.map((email) => clip(email, 80))));
  if (cohosts.length > MAX_COHOSTS_PER_ACTION) return fixable(STRINGS.cohostsTooMany(MAX_COHOSTS_PER_ACTION));
  const presets: Preset[] = PRESETS.filter((preset) => inputs[preset]);

  let link: ReturnType<typeof newLink>;
  try {
    link = newLink(app, { presets, label: inputs.label });
  } catch (error) {
    const kind = kindOf(error);
    console.error(`MeetLink step makeMeetLink made no link: ${logSummary(error)}`);
    return { log: [{ text: STRINGS.stepNoLink(STRINGS.failure(kind)) }], fixable: false, retryable: RETRYABLE.includes(kind) };
  }

  const done: string[] = [];
  const notDone: string[] = [];
  let cohostsAdded = 0;
  let refusedPresets: Preset[] = presets;
  const space = link.space;
  if (!space) {
    if (presets.length || cohosts.length || access) notDone.push(STRINGS.stepControlsSkipped);
  } else {
    refusedPresets = space.refused ?? [];
    const on = presets.filter((preset) => !refusedPresets.includes(preset));
    if (on.length) done.push(STRINGS.stepPresetsOn(on));
    if (refusedPresets.length) notDone.push(STRINGS.presetsRefused(refusedPresets));
    if (access) {
      try {
        if (space.accessType !== access) app.engine().setAccessType(space.name, access);
        done.push(STRINGS.stepAccessSet(access));
      } catch (error) {
        notDone.push(STRINGS.stepAccessNotSet(STRINGS.failure(kindOf(error))));
      }
    }
    if (cohosts.length) {
      try {
        const result = app.engine().addCohosts(space.name, cohosts, space.moderation);
        cohostsAdded = cohosts.length - result.refused.length - result.notTried.length;
        if (cohostsAdded) done.push(STRINGS.cohostsAdded(cohostsAdded));
        if (result.refused.length) notDone.push(STRINGS.cohostsRefused(result.refused));
        if (result.notTried.length) notDone.push(STRINGS.stepCohostsNotTried(result.notTried));
      } catch (error) {
        notDone.push(STRINGS.stepCohostsFailed(STRINGS.failure(kindOf(error))));
      }
    }
  }
  const details = [
    ...(inputs.label ? [STRINGS.stepMadeLabel(inputs.label)] : []),
    ...(space ? [] : [link.temporaryEventLeft ? STRINGS.temporaryEventLeft : STRINGS.stepMadeCalendar]),
    ...done,
    ...notDone,
    STRINGS.stepNothingSent,
  ];
  const log: LogPart[] = [{ text: STRINGS.stepMade }, { link: { url: link.url, label: link.code } }, { text: details.join(' ') }];
  return {
    outputs: {
      meetLink: link.url,
      meetingCode: link.code,
      dialInNumber: link.dialIn?.number ?? '',
      dialInPin: link.dialIn?.pin ?? '',
      presetsApplied: refusedPresets.length === 0,
      cohostsAdded,
      notDone: notDone.join(' '),
    },
    log,
  };
}

/** Why no link was made when the step could not start (a scope it needs is not granted) or failed unexpectedly. */
export function makeLinkFailed(reason: 'consent' | 'unexpected'): StepFailed {
  const text = reason === 'consent' ? STRINGS.stepConsent : STRINGS.stepNoLink(STRINGS.failure('unexpected'));
  return { log: [{ text }], fixable: false, retryable: false };
}

/** What the person fixes on the config card (ErrorActionability.ACTIONABLE); nothing was made, nothing to retry. */
function fixable(text: string): StepFailed {
  return { log: [{ text }], fixable: true, retryable: false };
}

const kindOf = (error: unknown): FailureKind => (error instanceof MeetFailure ? error.kind : 'unexpected');

/** The choice of who may join: none (the account's default), one of Meet's access types, or a value that is neither. */
function accessOf(value: string): AccessType | undefined | 'invalid' {
  if (!value || value.toUpperCase() === ACCESS_DEFAULT) return undefined;
  return ACCESS_TYPES.find((type) => type === value.toUpperCase()) ?? 'invalid';
}

/** The co-host inputs, as addresses (`Name <a@b.c>` is taken as its address, as in the link card), without repeats. */
function cohostsOf(inputs: Inputs): string[] {
  const typed = Array.from({ length: STEP_COHOSTS }, (_, i) => inputs[`cohost${i + 1}` as 'cohost1']).join('\n');
  return addressesIn(typed);
}
