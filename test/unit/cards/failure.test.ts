import { failureCard } from '../../../src/cards/failure';
import { render } from '../../support/render';

describe('the failure card', () => {
  it('says what went wrong in plain words and offers to try the same action again', () => {
    const card = render(failureCard('rateLimited', { name: 'addToEvent', parameters: { calendarId: 'primary', eventId: 'ev1' } }));
    expect(card.texts).toEqual([
      'That didn’t work',
      'Google is receiving too many requests right now. Wait a minute and try again.',
      'Try again',
      'Back',
    ]);
    expect(card.press('Try again')).toMatchObject({ action: 'addToEvent', parameters: { calendarId: 'primary', eventId: 'ev1' }, filled: true });
    expect(card.press('Back').action).toBe('back');
  });

  it('without an action to repeat, only Back', () => {
    const card = render(failureCard('unexpected'));
    expect(card.text).toContain('Something unexpected went wrong. Try again.');
    expect(card.buttons).toEqual(['Back']);
  });
});
