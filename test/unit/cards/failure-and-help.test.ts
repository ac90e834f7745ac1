import { failureCard } from '../../../src/cards/failure';
import { helpCard } from '../../../src/cards/help';
import { render } from '../../support/render';

describe('the failure card', () => {
  it('says what went wrong in plain words, with Try again for the same action and Back', () => {
    const card = render(failureCard('dailyQuota', { name: 'createLink', parameters: {} }));
    expect(card.text).toMatch(/daily limit/);
    expect(card.buttons).toEqual(['Try again', 'Back']);
    expect(card.actionOf('Try again')).toEqual({ action: 'createLink' });
  });

  it('offers only Back when there is nothing to retry', () => {
    expect(render(failureCard('unexpected')).buttons).toEqual(['Back']);
  });
});

describe('Help', () => {
  it('speaks to a person who has never heard of an API', () => {
    const text = [true, false].map((freeAccount) => render(helpCard({ freeAccount })).text).join('\n');
    expect(text).not.toMatch(/\bAPI\b|Apps Script|user properties/);
    expect(text).toMatch(/calendar/i);
  });
});
