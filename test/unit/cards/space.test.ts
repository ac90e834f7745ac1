import { spaceCard } from '../../../src/cards/space';
import type { SpaceView } from '../../../src/meet/spaces';
import { render } from '../../support/render';

const URL = 'https://meet.google.com/abc-mnop-xyz';
const space = (extra: Partial<SpaceView>): SpaceView => ({ name: 'spaces/jQCFfuBOdN5z', url: URL, code: 'abc-mnop-xyz', ...extra });
const NAMES_SPACE = { space: 'spaces/jQCFfuBOdN5z', code: 'abc-mnop-xyz' };

describe('the card of a meeting looked up or re-read', () => {
  it('its owner sees the link, who may join, that a meeting is on, and can end it', () => {
    const card = render(spaceCard(space({ accessType: 'TRUSTED', active: true })));
    expect(card.texts.slice(0, 4)).toEqual(['Meeting', 'Meet link', URL, 'Meeting code: abc-mnop-xyz']);
    expect(card.text).toContain('Who can join without asking\nTrusted');
    expect(card.text).toContain('A meeting is going on now.');
    expect(card.buttons).toEqual(['Open in Meet', 'Make Open', 'Make Restricted', 'Refresh', 'End meeting']);
    expect(card.press('Open in Meet').opens).toBe(URL);
    expect(card.press('Make Open')).toMatchObject({ action: 'setAccessType', parameters: { ...NAMES_SPACE, access: 'TRUSTED', to: 'OPEN' } });
    expect(card.press('Refresh')).toMatchObject({ action: 'refreshSpace', parameters: { ...NAMES_SPACE, access: 'TRUSTED' } });
    expect(card.press('End meeting')).toMatchObject({ action: 'confirmEndMeeting', parameters: { ...NAMES_SPACE, access: 'TRUSTED' } });
  });

  it('with nobody in the meeting, there is nothing to end', () => {
    const card = render(spaceCard(space({ accessType: 'RESTRICTED', active: false })));
    expect(card.text).toContain('Nobody is in this meeting now.');
    expect(card.buttons).toEqual(['Open in Meet', 'Make Open', 'Make Trusted', 'Refresh']);
  });

  it('someone who does not own the space is told its settings are hidden, and can only open it', () => {
    const card = render(spaceCard(space({})));
    expect(card.text).toContain('Only the person who made this meeting can see who may join.');
    expect(card.buttons).toEqual(['Open in Meet']);
  });
});
