import { lookupNoticeCard } from '../../../src/cards/lookup-notice';
import { render } from '../../support/render';

describe('the lookup notice card', () => {
  it('shows what a lookup could not show, with a way back', () => {
    const card = render(lookupNoticeCard('No Google Meet meeting has this code. Check it and try again.'));
    expect(card.texts).toEqual(['Look up a meeting', 'No Google Meet meeting has this code. Check it and try again.', 'Back']);
    expect(card.press('Back').action).toBe('back');
  });
});
