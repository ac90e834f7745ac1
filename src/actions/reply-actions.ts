import { openMessageOf } from '../host/event-object';
import type { ActionName } from '../host/actions';
import { plainTextOf, renderInvitation, renderLink } from '../invitation';
import type { MeetLink } from '../meet/conference';
import { MeetFailure } from '../meet/errors';
import { loadSettings, needsDialIn, type Settings } from '../settings';
import { newLink } from './link-actions';
import type { Handler } from './respond';

type Body = (link: MeetLink, format: Settings['format'], settings: Settings) => string;

/**
 * A compose action on the open message: read it (so a message that is gone costs no link), make a fresh link with
 * the same engine as everywhere (nothing left in the calendar), then make the reply-all draft carrying it, plain
 * or HTML as the person chose. A failure at any step throws before a draft exists, so there is never a draft with
 * a half-made link; the dispatcher says what went wrong. Gmail opens the draft for the person to edit and send.
 */
function replyWith(body: Body, invitation = false): Handler {
  return (app, e) => {
    const ref = openMessageOf(e);
    if (!ref) throw new MeetFailure('messageAccess', 'The host sent no open message with its access token.');
    const settings = loadSettings(app.store).settings;
    const message = app.gmail().open(ref);
    // An invitation whose template asks for dial-in gets its link through Calendar (a Meet space has none).
    const link = newLink(app, { needDialIn: invitation && needsDialIn(settings.template) });
    // Rich text: the HTML, and its plain-text alternative read from it (plainTextOf), so no tag shows as text.
    const html = settings.format === 'html' ? body(link, 'html', settings) : undefined;
    const draft = message.replyAllDraft(html === undefined ? { body: body(link, 'text', settings) } : { body: plainTextOf(html), htmlBody: html });
    return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  };
}

/** Gmail, an open message: reply to everyone with a new link or invitation. */
export const REPLY_HANDLERS = {
  replyWithLink: replyWith((link, format) => renderLink(link, format)),
  replyWithInvitation: replyWith((link, format, settings) => renderInvitation(settings.template, link, format), true),
} satisfies Partial<Record<ActionName, Handler>>;
