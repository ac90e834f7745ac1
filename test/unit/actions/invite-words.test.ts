import '../../support/render';
import { inviteFailureWords } from '../../../src/actions/invite-actions';
import { GoogleApiError } from '../../../src/meet/google-api-error';
import { MeetFailure } from '../../../src/meet/errors';

/** Every branch of the words a failed "Send invitations" says (src/actions/invite-actions.ts, inviteFailureWords). */
describe('what a failed Send invitations says', () => {
  const NOTHING = 'No event was made and nobody was invited.';

  it.each([
    ['Google refused the insert for good', new MeetFailure('dailyQuota', 'quota')],
    ['the card’s id is another event’s', new MeetFailure('meetingIdTaken', 'taken')],
    ['no engine (a platform error before any call)', new Error('The Advanced Calendar service is not enabled')],
  ])('%s: nothing was made, and it says so', (_what, error) => {
    expect(inviteFailureWords(error, false)).toMatch(new RegExp(`\\. ${NOTHING.replace(/\./g, '\\.')}$`));
  });

  it('Google did not say whether the meeting was made: it says that, and never that nothing was made', () => {
    const words = inviteFailureWords(new MeetFailure('meetingUncertain', 'unknown', new GoogleApiError(500, 'backendError', 'x')), false);
    expect(words).toMatch(/^Google did not say whether the meeting was made\./);
    expect(words).not.toContain('No event was made');
    expect(words).not.toContain('nobody was invited');
  });

  it('the meeting was made and something failed after: it says the meeting and its invitations exist', () => {
    for (const error of [new TypeError('x is undefined'), new MeetFailure('unexpected', 'card')]) {
      const words = inviteFailureWords(error, true);
      expect(words).toBe('The meeting is in your calendar and the invitations went out, but MeetLink could not show it here. Open it in Calendar.');
    }
  });
});
