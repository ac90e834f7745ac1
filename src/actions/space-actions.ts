import type { ActionName } from '../host/actions';
import { confirmEndCard } from '../cards/confirm-end';
import { LOOKUP_FIELD } from '../cards/home';
import { linkCard, type LinkExtras } from '../cards/link';
import { lookupNoticeCard } from '../cards/lookup-notice';
import { ACCESS_FIELD, COHOSTS_FIELD, meetingSettingsCard, spaceCard, type SpaceCardKind } from '../cards/space';
import { formValues, parameters, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { MeetFailure } from '../meet/errors';
import { isMeetingCode, meetingCodeIn, meetUrl } from '../meet/meeting-code';
import { ACCESS_TYPES, isMemberName, isSpaceName, type AccessType, type Member, type OnOff } from '../meet/meet-port';
import { MAX_COHOSTS_PER_ACTION, type MeetScope, type SpaceView } from '../meet/spaces';
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
        { ...extras, cohosts: extras.cohosts ?? view.cohosts, active: view.active },
      );
    case 'meeting':
      return meetingSettingsCard(view, loadSettings(app.store).settings.presets, app.email(), extras.notice, extras.applied);
    default:
      return spaceCard(view, app.email());
  }
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
    const { view, refused } = app.engine().applyPresets(before.name, presets);
    const notice = refused.length ? STRINGS.presetsRefused(refused) : undefined;
    // The card says which are on now (those Google did not refuse), so pressing Apply visibly changes it.
    const applied = view ? presets.filter((preset) => !refused.includes(preset)) : [];
    return respond(nav().updateCard(cardFor(app, e, view ?? before, { notice, applied })), notice ?? STRINGS.presetsApplied);
  },
  // Co-hosts of a link MeetLink made. Addresses are checked before any call; a refused one is named.
  addCohosts: (app, e) => {
    const view = spaceFrom(e);
    const emails = addressesIn(formValues(e, COHOSTS_FIELD)?.[0] ?? '');
    if (!emails.length) return notify(STRINGS.cohostsEmpty);
    const invalid = emails.filter((email) => !isEmailAddress(email));
    if (invalid.length) return notify(STRINGS.cohostsInvalid(invalid.slice(0, 5)));
    if (emails.length > MAX_COHOSTS_PER_ACTION) return notify(STRINGS.cohostsTooMany(MAX_COHOSTS_PER_ACTION));
    // Someone already a co-host is not sent again (what Google answers a second create is not documented).
    const known = new Set((view.cohosts ?? []).map((m) => m.email.toLowerCase()));
    const fresh = emails.filter((email) => !known.has(email));
    if (!fresh.length) return respond(nav().updateCard(cardFor(app, e, view)), STRINGS.cohostsAdded(0));
    const result = app.engine().addCohosts(view.name, fresh, view.moderation);
    const added = fresh.length - result.refused.length - result.notTried.length;
    const notices = [
      ...(result.refused.length ? [STRINGS.cohostsRefused(result.refused)] : []),
      ...(result.notTried.length ? [STRINGS.cohostsNotTried(result.notTried)] : []),
    ];
    const notice = notices.length ? notices.join(' ') : undefined;
    return respond(
      nav().updateCard(cardFor(app, e, { ...view, moderation: result.moderation }, { cohosts: result.cohosts, notice })),
      notice ?? STRINGS.cohostsAdded(added),
    );
  },
  removeCohost: (app, e) => {
    const view = spaceFrom(e);
    const member = parameters(e).member ?? '';
    const before = app.engine().removeCohost(view.name, member);
    return respond(nav().updateCard(cardFor(app, e, view, { cohosts: before })), STRINGS.cohostRemoved(parameters(e).email ?? ''));
  },
} satisfies Partial<Record<ActionName, Handler>>;
