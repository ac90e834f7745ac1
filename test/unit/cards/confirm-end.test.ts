import { confirmEndCard } from '../../../src/cards/confirm-end';
import { render } from '../../support/render';

describe('the card that asks before ending a meeting', () => {
  const space = {
    name: 'spaces/jQCFfuBOdN5z',
    url: 'https://meet.google.com/abc-mnop-xyz',
    code: 'abc-mnop-xyz',
    accessType: 'TRUSTED' as const,
    active: true,
  };

  it('names the meeting, says what ending does, and ends only that space', () => {
    const card = render(confirmEndCard(space));
    expect(card.texts.slice(0, 2)).toEqual([
      'End the meeting for everyone?',
      'Everyone is removed from the meeting now. The link keeps working: people can join it again later.',
    ]);
    expect(card.buttons).toEqual(['End meeting', 'Cancel']);
    expect(card.press('End meeting')).toMatchObject({
      action: 'endMeeting',
      parameters: { space: 'spaces/jQCFfuBOdN5z', code: 'abc-mnop-xyz', access: 'TRUSTED' },
    });
    expect(card.json.fixedFooter.primaryButton.text).toBe('End meeting');
    expect(card.press('Cancel')).toMatchObject({ action: 'back', parameters: {} });
  });
});
