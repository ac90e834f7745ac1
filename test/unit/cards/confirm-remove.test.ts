import { confirmRemoveCard } from '../../../src/cards/confirm-remove';
import { render } from '../../support/render';

const EVENT = { calendarId: 'ada@gmail.com', eventId: 'ev1', occurrence: '' };

describe('the card that asks before removing a conference', () => {
  it('a Meet link: says guests lose it and that a new one can be added; Remove carries the event', () => {
    const card = render(confirmRemoveCard(EVENT));
    expect(card.text).toContain('Remove the Meet link?');
    expect(card.text).toContain('Guests will no longer see a Meet link on this event. You can add a new one later.');
    expect(card.buttons).toEqual(['Remove', 'Cancel']);
    expect(card.press('Remove')).toMatchObject({ action: 'removeFromEvent', parameters: EVENT, filled: true });
    expect(card.press('Cancel').action).toBe('back');
  });

  it('another provider’s conference: warns that MeetLink cannot restore it', () => {
    const card = render(confirmRemoveCard({ ...EVENT, other: 'Zoom Meeting' }));
    expect(card.text).toContain('Remove Zoom Meeting?');
    expect(card.text).toContain('MeetLink cannot restore them: you would have to add them again in Zoom Meeting.');
    expect(card.press('Remove').parameters).toEqual({ ...EVENT, other: 'Zoom Meeting' });
  });
});
