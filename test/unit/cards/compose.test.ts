import { composeCard } from '../../../src/cards/compose';
import { render } from '../../support/render';

describe('the compose card', () => {
  it('offers the link first by default, as the filled button', () => {
    const card = render(composeCard('link'));
    expect(card.texts).toEqual([
      'Insert into your email',
      'MeetLink creates a new link and puts it where your cursor is.',
      'Insert Meet link',
      'Insert invitation',
    ]);
    expect(card.press('Insert Meet link')).toMatchObject({ function: 'onAction', action: 'insertLink', filled: true });
    expect(card.press('Insert invitation')).toMatchObject({ action: 'insertInvitation', filled: false });
  });

  it('offers the invitation first for a person who chose it', () => {
    const card = render(composeCard('invitation'));
    expect(card.buttons).toEqual(['Insert invitation', 'Insert Meet link']);
    expect(card.press('Insert invitation').filled).toBe(true);
    expect(card.press('Insert Meet link').filled).toBe(false);
  });
});
