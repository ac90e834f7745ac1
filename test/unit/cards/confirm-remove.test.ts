import { confirmRemoveCard } from '../../../src/cards/confirm-remove';
import { render } from '../../support/render';

const EVENT = { calendarId: 'ada@gmail.com', eventId: 'ev1', occurrence: '' };

describe('the card that asks before removing a conference', () => {
  it('a Meet link: says guests lose it and that a new one can be added; Remove carries the event', () => {
    const card = render(confirmRemoveCard(EVENT, false));
    expect(card.text).toContain('Remove the Meet link?');
    expect(card.text).toContain('Guests will no longer see a Meet link on this event. You can add a new one later.');
    expect(card.text).toContain('Guests will not be emailed.');
    expect(card.json.fixedFooter.primaryButton.text).toBe('Remove');
    expect(card.actionOf('Remove')).toMatchObject({ action: 'removeFromEvent', ...EVENT });
    expect(card.actionOf('Cancel')).toMatchObject({ action: 'back' });
  });

  it('another provider’s conference: warns that MeetLink cannot restore it', () => {
    const card = render(confirmRemoveCard({ ...EVENT, other: 'Zoom Meeting' }, true));
    expect(card.text).toContain('Remove Zoom Meeting?');
    expect(card.text).toContain('MeetLink cannot restore them: you would have to add them again in Zoom Meeting.');
    expect(card.text).toContain('Guests will get an email about the change.');
    expect(card.actionOf('Remove')).toMatchObject({ ...EVENT, other: 'Zoom Meeting' });
  });
});
