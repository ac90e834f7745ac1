import type { ActionName } from '../host/actions';
import { confirmEndCard } from '../cards/confirm-end';
import { LOOKUP_FIELD } from '../cards/home';
import { linkCard, type LinkExtras } from '../cards/link';
import { lookupNoticeCard } from '../cards/lookup-notice';
import { ACCESS_FIELD, COHOSTS_FIELD, meetingSettingsCard, spaceCard, type SpaceCardKind } from '../cards/space';
import { formValues, parameters, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { failureCard } from '../cards/failure';
import { logSummary, MeetFailure, retryCanHelp } from '../meet/errors';
import { isMeetingCode, meetingCodeIn, meetUrl } from '../meet/meeting-code';
import { ACCESS_TYPES, isMemberName, isSpaceName, type AccessType, type Member, type OnOff } from '../meet/meet-port';
import { MAX_COHOSTS, MAX_COHOSTS_PER_ACTION, type CohostsResult, type MeetScope, type SpaceView } from '../meet/spaces';
import type { PresetOutcome } from '../meet/presets';
import { loadSettings } from '../settings';
import { isEmailAddress, parseAddressList } from '../text/addresses';
import type { App } from './app';
import { nav, notify, respond, type Handler } from './respond';

const accessTypeOf = (value: string | undefined): AccessType | undefined => ACCESS_TYPES.find((t) => t === value);

/** The space a card action names, as its card showed it. */
function spaceFrom(e: AddOnEvent): SpaceView {
  const p = parameters(e);
  if (!isSpaceName(p.space) || !isMeetingCode(p.code)) {
    throw new MeetFailure('unexpected', 'The card did not name a Meet space.');
  }
  const accessType = accessTypeOf(p.access);
  const moderation: OnOff | undefined = p.moderation === 'ON' || p.moderation === 'OFF' ? p.moderation : undefined;
  return {
    name: p.space,
    code: p.code,
    url: meetUrl(p.code),
    ...(accessType ? { accessType } : {}),
    ...(moderation ? { moderation } : {}),
    cohosts: cohostsFrom(p.cohosts, p.space),
  };
}

/** The co-hosts a link card carried: [name, email] pairs of this space's members; anything else is dropped. */
function cohostsFrom(text: string | undefined, space: string): Member[] {
  if (!text) return [];
  try {
    const pairs: unknown = JSON.parse(text);
    if (!Array.isArray(pairs)) return [];
    return pairs
      .slice(0, 50)
      .filter(
        (pair): pair is [string, string] =>
          Array.isArray(pair) &&
          isMemberName(pair[0]) &&
          pair[0].startsWith(`${space}/members/`) &&
          typeof pair[1] === 'string' &&
          pair[1].length <= 254,
      )
      .map(([name, email]) => ({ name, email, role: 'COHOST' as const }));
  } catch {
    return [];
  }
}

/** Who may join, changed: one patch. The choice control sends its new value in the form; `to` is read too. */
function changeAccess(app: App, e: AddOnEvent, scope: MeetScope) {
  const to = accessTypeOf(formValues(e, ACCESS_FIELD)?.[0]) ?? accessTypeOf(parameters(e).to);
  if (!to) throw new MeetFailure('unexpected', 'The card named no access type.');
  const before = spaceFrom(e);
  // Choosing what the space already has costs no call.
  if (to === before.accessType) return respond(nav().updateCard(cardFor(app, e, before)));
  const view = app.engine().setAccessType(before.name, to, scope);
  return respond(
    nav().updateCard(cardFor(app, e, { ...view, moderation: view.moderation ?? before.moderation, cohosts: before.cohosts })),
    STRINGS.accessChanged(view.accessType ?? to),
  );
}

const kindOf = (e: AddOnEvent): SpaceCardKind => {
  const from = parameters(e).from;
  return from === 'link' || from === 'meeting' ? from : 'space';
};

/**
 * The card a space's action redraws, of the kind it came from: the link card keeps its title, "Create another"
 * and co-hosts; the open event's meeting keeps its presets; a looked-up meeting stays one.
 */
function cardFor(app: App, e: AddOnEvent, view: SpaceView, extras: LinkExtras = {}) {
  switch (kindOf(e)) {
    case 'link':
      return linkCard(
        { url: view.url, code: view.code, space: { name: view.name, accessType: view.accessType, moderation: view.moderation } },
        false,
        app.email(),
        { ...extras, cohosts: extras.cohosts ?? view.cohosts, active: view.active, cohostsDenied: !app.engine().cohostsOffered() },
      );
    case 'meeting':
      return meetingSettingsCard(view, loadSettings(app.store).settings.presets, app.email(), extras.notice, extras.applied);
    default:
      return spaceCard(view, app.email());
  }
}

/**
 * What the card says after adding co-hosts, most important first, and the addresses to leave in the field for
 * another try. Who was added is named too when some were not (the list alone would not tell which failed).
 */
function cohostNotices(result: CohostsResult): { notices: string[]; again: string[] } {
  const problems = [
    ...(result.notAllowed.length ? [STRINGS.cohostsNotAllowed(result.notAllowed)] : []),
    ...(result.refused.length ? [STRINGS.cohostsRefused(result.refused)] : []),
    ...(result.unclear.length ? [STRINGS.cohostsUnclear(result.unclear)] : []),
    ...(result.busy.length ? [STRINGS.cohostsBusy(result.busy)] : []),
    ...(result.notTried.length ? [STRINGS.cohostsNotTried(result.notTried)] : []),
  ];
  const added = problems.length && result.added.length ? [STRINGS.cohostsAddedList(result.added)] : [];
  return { notices: [...problems, ...added], again: [...result.busy, ...result.notTried] };
}

/**
 * Addresses as typed or pasted, read as RFC 5322 says (src/text/addresses.ts): `"Doe, Jane" <jane@x>`, groups,
 * comments, quoted local parts; commas, semicolons or line breaks between them. What is no address is kept as
 * written, so it is named as such.
 */
export function addressesIn(typed: string): string[] {
  const { mailboxes, unreadable } = parseAddressList(typed);
  return [...new Set([...mailboxes.map((m) => m.email), ...unreadable])];
}

/** Meet REST spaces (Workspace accounts): look up a meeting, change who may join, end a meeting, co-hosts, presets. */
export const SPACE_HANDLERS = {
  lookupMeeting: (app, e) => {
    const engine = app.engine();
    // Free Gmail accounts (and accounts Google refused the Meet API) get the reason, and no call is made.
    if (!engine.meetApiUsable()) return respond(nav().pushCard(lookupNoticeCard(STRINGS.failure('meetApiUnavailable'))));
    const code = meetingCodeIn(formValues(e, LOOKUP_FIELD)?.[0] ?? '');
    if (!code) return notify(STRINGS.lookupInvalid);
    try {
      return respond(nav().pushCard(spaceCard(engine.lookupMeeting(code), app.email())));
    } catch (error) {
      // The code was typed on the homepage: a "Try again" card could not resend it, so the words come with "Back".
      if (!(error instanceof MeetFailure)) throw error;
      return respond(nav().pushCard(lookupNoticeCard(STRINGS.failure(error.kind))));
    }
  },
  refreshSpace: (app, e) => {
    const before = spaceFrom(e);
    const view = app.engine().readSpace(before.name);
    return respond(nav().updateCard(cardFor(app, e, { ...view, cohosts: before.cohosts })));
  },
  setAccessType: (app, e) => changeAccess(app, e, 'created'),
  // The same choice on the open event's Meet, whoever made it: under meetings.space.settings (feature-scopes.ts).
  setMeetingAccess: (app, e) => changeAccess(app, e, 'settings'),
  confirmEndMeeting: (_app, e) => respond(nav().pushCard(confirmEndCard(spaceFrom(e), kindOf(e)))),
  endMeeting: (app, e) => {
    const view = spaceFrom(e);
    app.engine().endConference(view.name);
    return respond(
      nav()
        .popCard()
        .updateCard(cardFor(app, e, { ...view, active: false })),
      STRINGS.meetingEnded,
    );
  },
  // The open Calendar event's Meet (its organizer, Workspace): read it by its meeting code, one Meet call.
  openMeetingSettings: (app, e) => {
    const code = parameters(e).code;
    if (!isMeetingCode(code)) throw new MeetFailure('unexpected', 'The card did not name a meeting.');
    const view = app.engine().lookupMeeting(code, 'settings');
    return respond(nav().pushCard(meetingSettingsCard(view, loadSettings(app.store).settings.presets, app.email())));
  },
  applyPresets: (app, e) => {
    const before = spaceFrom(e);
    const presets = loadSettings(app.store).settings.presets;
    if (!presets.length) return notify(STRINGS.presetsNoneOn);
    let outcome: PresetOutcome & { view?: SpaceView };
    try {
      outcome = app.engine().applyPresets(before.name, presets);
    } catch (error) {
      // Someone else owns this Meet now (Google refused, and a read shows no settings): plain words on the meeting's
      // card, drawn as a non-owner sees it (the link, no controls), never a failure card or a button that can only fail.
      if (!(error instanceof MeetFailure) || error.kind !== 'notMeetingOwner') throw error;
      const words = STRINGS.failure('notMeetingOwner');
      return respond(nav().updateCard(cardFor(app, e, { ...before, accessType: undefined }, { notice: words })), words);
    }
    const { view, refused, notSet } = outcome;
    const notices = [...(refused.length ? [STRINGS.presetsRefused(refused)] : []), ...(notSet.length ? [STRINGS.presetsNotSet(notSet, 'meet')] : [])];
    const notice = notices.join(' ') || undefined;
    // The card says which are on now (those Google neither refused nor left off), so pressing Apply visibly changes it.
    const applied = view ? presets.filter((preset) => !refused.includes(preset) && !notSet.includes(preset)) : [];
    return respond(nav().updateCard(cardFor(app, e, view ?? before, { notice, applied })), notices[0] ?? STRINGS.presetsApplied);
  },
  // Co-hosts of a link MeetLink made. Addresses are checked before any call; each one not added is named, with why.
  addCohosts: (app, e) => {
    const view = spaceFrom(e);
    // "Try again" on a failure card sends back what was typed (`typed`): the failure card has no field.
    const retried = parameters(e).typed;
    const typed = formValues(e, COHOSTS_FIELD)?.[0] ?? retried ?? '';
    const emails = addressesIn(typed);
    if (!emails.length) return notify(STRINGS.cohostsEmpty);
    const invalid = emails.filter((email) => !isEmailAddress(email));
    if (invalid.length) return notify(STRINGS.cohostsInvalid(invalid.slice(0, 5)));
    if (emails.length > MAX_COHOSTS_PER_ACTION) return notify(STRINGS.cohostsTooMany(MAX_COHOSTS_PER_ACTION));
    // Someone already a co-host is not sent again (what Google answers a second create is not documented).
    const current = view.cohosts ?? [];
    const known = new Set(current.map((m) => m.email.toLowerCase()));
    const fresh = emails.filter((email) => !known.has(email));
    if (!fresh.length) return respond(nav().updateCard(cardFor(app, e, view)), STRINGS.cohostsAdded(0));
    // Google allows 25 co-hosts a meeting (Meet Help 10885841); what it answers a 26th is not published: no call.
    if (current.length + fresh.length > MAX_COHOSTS) return notify(STRINGS.cohostsCap(MAX_COHOSTS, current.length));
    let result: CohostsResult;
    try {
      result = app.engine().addCohosts(view.name, fresh, view.moderation, current);
    } catch (error) {
      // Nobody was added (the host-controls patch or the token failed first): Try again keeps what was typed.
      if (!(error instanceof MeetFailure)) throw error;
      const { action: _, ...rest } = parameters(e);
      const retry = retryCanHelp(error.kind) ? { name: 'addCohosts' as const, parameters: { ...rest, typed } } : undefined;
      console.error(`MeetLink action addCohosts failed: ${logSummary(error)}`);
      return respond(nav().pushCard(failureCard(error.kind, retry)));
    }
    const { notices, again } = cohostNotices(result);
    const card = cardFor(
      app,
      e,
      { ...view, moderation: result.moderation },
      {
        cohosts: result.cohosts,
        notice: notices.join(' ') || undefined,
        // Host controls MeetLink turned on and left on are said, whatever else happened (they change who may present or chat).
        info: result.hostControlsOn ? STRINGS.hostControlsOn : undefined,
        typed: again.join(', ') || undefined,
      },
    );
    // From a failure card's Try again: back to the link card, redrawn.
    return respond((retried === undefined ? nav() : nav().popCard()).updateCard(card), notices[0] ?? STRINGS.cohostsAdded(result.added.length));
  },
  removeCohost: (app, e) => {
    const view = spaceFrom(e);
    const member = parameters(e).member ?? '';
    const before = app.engine().removeCohost(view.name, member);
    return respond(nav().updateCard(cardFor(app, e, view, { cohosts: before })), STRINGS.cohostRemoved(parameters(e).email ?? ''));
  },
} satisfies Partial<Record<ActionName, Handler>>;
