import type { ActionName } from '../host/actions';
import { confirmEndCard } from '../cards/confirm-end';
import { LOOKUP_FIELD } from '../cards/home';
import { lookupNoticeCard } from '../cards/lookup-notice';
import { spaceCard } from '../cards/space';
import { formValues, parameters, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { MeetFailure } from '../meet/errors';
import { isMeetingCode, meetingCodeIn, meetUrl } from '../meet/meeting-code';
import { ACCESS_TYPES, type AccessType } from '../meet/meet-port';
import type { SpaceView } from '../meet/spaces';
import { nav, notify, respond, type Handler } from './respond';

const accessTypeOf = (value: string | undefined): AccessType | undefined => ACCESS_TYPES.find((t) => t === value);

/** The space a card action names, as its card showed it. */
function spaceFrom(e: AddOnEvent): SpaceView {
  const p = parameters(e);
  if (!/^spaces\/[A-Za-z0-9_-]{1,128}$/.test(p.space ?? '') || !isMeetingCode(p.code)) {
    throw new MeetFailure('unexpected', 'The card did not name a Meet space.');
  }
  const accessType = accessTypeOf(p.access);
  return { name: p.space!, code: p.code, url: meetUrl(p.code), ...(accessType ? { accessType } : {}) };
}

/** Meet REST spaces (Workspace accounts): look up a meeting, change who may join, end a meeting. */
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
  refreshSpace: (app, e) => respond(nav().updateCard(spaceCard(app.engine().readSpace(spaceFrom(e).name), app.email()))),
  setAccessType: (app, e) => {
    const to = accessTypeOf(parameters(e).to);
    if (!to) throw new MeetFailure('unexpected', 'The card named no access type.');
    const view = app.engine().setAccessType(spaceFrom(e).name, to);
    return respond(nav().updateCard(spaceCard(view, app.email())), STRINGS.accessChanged(view.accessType ?? to));
  },
  confirmEndMeeting: (_app, e) => respond(nav().pushCard(confirmEndCard(spaceFrom(e)))),
  endMeeting: (app, e) => {
    const view = spaceFrom(e);
    app.engine().endConference(view.name);
    return respond(
      nav()
        .popCard()
        .updateCard(spaceCard({ ...view, active: false }, app.email())),
      STRINGS.meetingEnded,
    );
  },
} satisfies Partial<Record<ActionName, Handler>>;
