import type { FailureKind } from '../meet/errors';
import type { AccessType } from '../meet/meet-port';
import { HISTORY_SIZE, LABEL_MAX, PINNED_MAX } from '../history';
import { TEMPLATE_MAX, type Preset, type TemplateProblem } from '../settings';
import { CATALOGUES, type Messages } from './catalogues.generated';
import { activeLocale, t } from './locale';

/**
 * Every word MeetLink shows a person, in the person's language: the messages live in the catalogues
 * (src/i18n/messages/*.json, compiled by scripts/i18n.ts); nothing else in src/ spells out user-facing text.
 *
 * `STRINGS.createLink` reads a message without arguments from the active catalogue (src/i18n/locale.ts).
 * Messages with arguments get a thin wrapper below that keeps call sites positional (`STRINGS.meetingCode(code)`);
 * `t().key({ name })` reaches any message with its named arguments.
 */
/**
 * A list in the person's language: "{date} and {time}", "{date} y {time}", "{date} und {time}", "{date}、{time}"
 * (Intl.ListFormat, which V8 has had since 7.2); joined with commas if a runtime lacks it.
 */
export function listOf(items: string[]): string {
  const ListFormat = (Intl as unknown as { ListFormat?: new (locale: string, options: object) => { format(items: string[]): string } }).ListFormat;
  if (!ListFormat) return items.join(', ');
  return new ListFormat(activeLocale().intlLocale, { type: 'conjunction', style: 'long' }).format(items);
}

/** Presets by name, as a list in the person's language. */
const presetNames = (presets: readonly Preset[]) => listOf(presets.map((p) => t()[`preset_${p}`]()));

const withArguments = {
  meetingCode: (code: string) => t().meetingCode({ code }),
  /** A time with its zone named, where the host sent the person's none and the script's zone is shown. */
  whenInZone: (when: string, zone: string) => t().whenInZone({ when, zone }),
  dialInDetail: (number: string, pin?: string) => (pin ? t().dialInDetail({ number, pin }) : number),
  pinnedWhen: (when: string) => t().pinnedWhen({ when }),
  pinnedOldWhen: (when: string) => t().pinnedOldWhen({ when }),
  eventTypeNoConference: (type: string) => t().eventTypeNoConference({ type }),
  get labelTooLong() {
    return t().labelTooLong({ max: LABEL_MAX });
  },
  get pinLimit() {
    return t().pinLimit({ max: PINNED_MAX });
  },
  eventHasOther: (name: string) => t().eventHasOther({ name }),
  removeOther: (name: string) => t().removeOther({ name }),
  confirmSwitch: (name: string) => t().confirmSwitch({ name }),
  confirmRemoveOther: (name: string) => t().confirmRemoveOther({ name }),
  onlyOrganizer: (organizer?: string) => (organizer ? t().onlyOrganizerNamed({ organizer }) : t().onlyOrganizer()),
  get keepHistoryLabel() {
    return t().keepHistoryLabel({ count: HISTORY_SIZE });
  },
  templateProblem: (problem: TemplateProblem): string => {
    switch (problem.kind) {
      case 'empty':
        return t().templateEmpty();
      case 'noLink':
        return t().templateNoLink();
      case 'tooLong':
        return t().templateTooLong({ length: problem.length, max: TEMPLATE_MAX });
      case 'unknownPlaceholder':
        return t().templateUnknownPlaceholder({ names: listOf(problem.names.map((name) => `{${name}}`)) });
    }
  },
  get helpPrivacy() {
    return t().helpPrivacy({ count: HISTORY_SIZE });
  },
  accessName: (type: AccessType) => t()[`access_${type}`](),
  accessDetail: (type: AccessType) => t()[`accessDetail_${type}`](),
  makeAccess: (type: AccessType) => t().makeAccess({ access: t()[`access_${type}`]() }),
  accessChanged: (type: AccessType) => t().accessChanged({ access: t()[`access_${type}`]() }),
  failure: (kind: FailureKind): string => t()[`failure_${kind}`](),
  // Meeting controls (Workspace accounts): who may join, co-hosts, presets.
  accessChoice: (type: AccessType) => t()[`accessChoice_${type}`](),
  preset: (preset: Preset) => t()[`preset_${preset}`](),
  // Lists read as lists in the person's language (Japanese joins with 、, not a Latin comma).
  presetList: presetNames,
  presetsRefused: (presets: readonly Preset[]) => t().presetsRefused({ list: presetNames(presets), count: presets.length }),
  presetsNotSet: (presets: readonly Preset[], via: 'calendar' | 'meet') =>
    (via === 'calendar' ? t().presetsNotSetCalendar : t().presetsNotSetMeet)({ list: presetNames(presets) }),
  presetsYours: (presets: readonly Preset[]) => t().presetsYours({ list: presetNames(presets) }),
  presetsOnNow: (presets: readonly Preset[]) => t().presetsOnNow({ list: presetNames(presets) }),
  cohostsAdded: (count: number) => t().cohostsAdded({ count }),
  cohostRemoved: (email: string) => t().cohostRemoved({ email }),
  cohostsInvalid: (list: readonly string[]) => t().cohostsInvalid({ list: listOf([...list]) }),
  cohostsRefused: (list: readonly string[]) => t().cohostsRefused({ list: listOf([...list]) }),
  cohostsNotTried: (list: readonly string[]) => t().cohostsNotTried({ list: listOf([...list]) }),
  cohostsAddedList: (list: readonly string[]) => t().cohostsAddedList({ list: listOf([...list]) }),
  cohostsBusy: (list: readonly string[]) => t().cohostsBusy({ list: listOf([...list]) }),
  cohostsUnclear: (list: readonly string[]) => t().cohostsUnclear({ list: listOf([...list]) }),
  cohostsNotAllowed: (list: readonly string[]) => t().cohostsNotAllowed({ list: listOf([...list]) }),
  cohostsCap: (max: number, count: number) => t().cohostsCap({ max, count }),
  cohostsTooMany: (max: number) => t().cohostsTooMany({ max }),
  // Workspace Studio: the step "Make a Meet link" (its config card and the flow's activity log).
  stepCohostField: (number: number) => t().stepCohostField({ number }),
  stepMadeLabel: (label: string) => t().stepMadeLabel({ label }),
  stepPresetsOn: (presets: readonly Preset[]) => t().stepPresetsOn({ list: listOf(presets.map((p) => t()[`preset_${p}`]())) }),
  stepAccessSet: (type: AccessType) => t().stepAccessSet({ access: t()[`accessChoice_${type}`]() }),
  stepAccessNotSet: (reason: string) => t().stepAccessNotSet({ reason }),
  stepCohostsNotTried: (list: readonly string[]) => t().stepCohostsNotTried({ list: listOf([...list]) }),
  stepCohostsFailed: (reason: string) => t().stepCohostsFailed({ reason }),
  stepNoLink: (reason: string) => t().stepNoLink({ reason }),
  stepBadAccess: (value: string) => t().stepBadAccess({ value }),
  stepBadCohosts: (list: readonly string[]) => t().stepBadCohosts({ list: listOf([...list]) }),
  // Workspace Studio: the step "After the meeting" (its activity log and errors).
  stepAfterOf: (title: string) => t().stepAfterOf({ title }),
  stepAfterJoined: (count: number, names: string) => t().stepAfterJoined({ count, names }),
  stepAfterMany: (count: number) => t().stepAfterMany({ count }),
  stepAfterAbsent: (list: string) => t().stepAfterAbsent({ list }),
  stepAfterNotFound: (list: string) => t().stepAfterNotFound({ list }),
  stepAfterReady: (what: string) => t().stepAfterReady({ what }),
  stepAfterNoFile: (what: string) => t().stepAfterNoFile({ what }),
  stepAfterInProgress: (what: string) => t().stepAfterInProgress({ what }),
  stepAfterRefused: (what: string) => t().stepAfterRefused({ what }),
  stepAfterNotRead: (reason: string) => t().stepAfterNotRead({ reason }),
  stepAfterNoSuchEvent: (id: string) => t().stepAfterNoSuchEvent({ id }),
  stepAfterBadMeeting: (value: string) => t().stepAfterBadMeeting({ value }),
  stepAfterBadEvent: (value: string) => t().stepAfterBadEvent({ value }),
  // After the meeting (issue 24): the view, the recap.
  afterHeld: (start: string, end: string) => t().afterHeld({ start, end }),
  afterOngoing: (start: string) => t().afterOngoing({ start }),
  afterJoined: (count: number) => t().afterJoined({ count }),
  afterCounts: (signedIn: number, anonymous: number, phone: number) => t().afterCounts({ signedIn, anonymous, phone }),
  afterPhoneName: (name: string) => t().afterPhoneName({ name }),
  afterAnonymousName: (name: string) => t().afterAnonymousName({ name }),
  afterSpan: (from: string, to: string, duration: string) => t().afterSpan({ from, to, duration }),
  afterSpanOngoing: (from: string) => t().afterSpanOngoing({ from }),
  /** A mark (late, left early) after a participant's span, joined as the language joins a line's parts. */
  afterMark: (text: string, mark: string) => t().afterMark({ text, mark }),
  /** "45 min", "1 h 05 min": minutes rounded, the way each language writes a short duration. */
  duration: (ms: number): string => {
    const total = Math.max(0, Math.round(ms / 60_000));
    return total < 60
      ? t().durationMinutes({ count: total })
      : t().durationHours({ hours: Math.floor(total / 60), minutes: String(total % 60).padStart(2, '0') });
  },
  afterDeclined: (name: string) => t().afterDeclined({ name }),
  afterUnmatched: (names: string, others: string) => t().afterUnmatched({ names, others }),
  /** The participants no guest matched, counted by kind: "1 phone caller and 2 people not signed in". */
  afterOthers: (left: { signedIn: number; anonymous: number; phone: number }) =>
    listOf([
      ...(left.phone ? [t().countPhone({ count: left.phone })] : []),
      ...(left.anonymous ? [t().countAnonymous({ count: left.anonymous })] : []),
      ...(left.signedIn ? [t().countOtherName({ count: left.signedIn })] : []),
    ]),
  countPhone: (count: number) => t().countPhone({ count }),
  afterNoConferenceOrganizer: (organizer: string) => t().afterNoConferenceOrganizer({ organizer }),
  recapSubject: (title: string) => t().recapSubject({ title }),
  recapIntro: (title: string, when: string) => t().recapIntro({ title, when }),
  recapIntroUntitled: (when: string) => t().recapIntroUntitled({ when }),
  recapJoined: (count: number, names: string) => t().recapJoined({ count, names }),
  recapPreparing: (what: string) => t().recapPreparing({ what }),
  recapLink: (what: string, url: string) => t().recapLink({ what, url }),
};

/** The messages that take no argument, each read as a string. */
type Plain = { readonly [K in keyof Messages as Parameters<Messages[K]> extends [] ? K : never]: string };

const plainGetters: PropertyDescriptorMap = Object.fromEntries(
  (Object.keys(CATALOGUES.en) as (keyof Messages)[])
    .filter((key) => !(key in withArguments) && CATALOGUES.en[key].length === 0)
    .map((key) => [key, { enumerable: true, get: () => (t()[key] as () => string)() }]),
);

export const STRINGS: Readonly<Omit<Plain, keyof typeof withArguments> & typeof withArguments> = Object.freeze(
  Object.defineProperties(withArguments, plainGetters) as Omit<Plain, keyof typeof withArguments> & typeof withArguments,
);
