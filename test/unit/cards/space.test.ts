import { meetingSettingsCard, spaceCard } from '../../../src/cards/space';
import type { SpaceView } from '../../../src/meet/spaces';
import { render } from '../../support/render';
import { useLocale } from '../../../src/i18n/locale';

const URL = 'https://meet.google.com/abc-mnop-xyz';
const space = (extra: Partial<SpaceView>): SpaceView => ({ name: 'spaces/jQCFfuBOdN5z', url: URL, code: 'abc-mnop-xyz', ...extra });
const NAMES_SPACE = { space: 'spaces/jQCFfuBOdN5z', code: 'abc-mnop-xyz' };

describe('the card of a meeting looked up or re-read', () => {
  it('its owner sees the link, who may join, that a meeting is on, and can end it', () => {
    const card = render(spaceCard(space({ accessType: 'TRUSTED', active: true })));
    expect(card.texts.slice(0, 4)).toEqual(['Meeting', 'Meet link', URL, 'Meeting code: abc-mnop-xyz']);
    expect(card.text).toContain('Who can join without asking\nPeople in your organization, invited guests and phone callers join without asking');
    expect(card.inputs).toEqual([{ name: 'accessType', kind: 'selection', values: ['TRUSTED'] }]);
    expect(card.text).toContain('A meeting is going on now.');
    expect(card.buttons).toEqual(['Open in Meet', 'Refresh', 'End meeting']);
    expect(card.press('Open in Meet').opens).toBe(URL);
    expect(card.press('Refresh')).toMatchObject({ action: 'refreshSpace', parameters: { ...NAMES_SPACE, access: 'TRUSTED' } });
    expect(card.press('End meeting')).toMatchObject({ action: 'confirmEndMeeting', parameters: { ...NAMES_SPACE, access: 'TRUSTED' } });
  });

  it('with nobody in the meeting, there is nothing to end', () => {
    const card = render(spaceCard(space({ accessType: 'RESTRICTED', active: false })));
    expect(card.text).toContain('Nobody is in this meeting now.');
    expect(card.buttons).toEqual(['Open in Meet', 'Refresh']);
    expect(card.json.sections[1].widgets[0].selectionInput.items.map((i: { value: string }) => i.value)).toEqual(['RESTRICTED', 'OPEN', 'TRUSTED']);
  });

  it('someone who does not own the space is told its settings are hidden, and can only open it', () => {
    const card = render(spaceCard(space({})));
    expect(card.text).toContain('Only the person who made this meeting can see who may join.');
    expect(card.buttons).toEqual(['Open in Meet']);
    expect(card.inputs).toEqual([]);
  });
});

describe('the open event’s meeting settings', () => {
  it('shows who may join and the person’s presets with one button to apply them', () => {
    const card = render(meetingSettingsCard(space({ accessType: 'OPEN' }), ['record', 'attendance']));
    expect(card.texts[0]).toBe('Meeting settings');
    expect(card.inputs).toEqual([{ name: 'accessType', kind: 'selection', values: ['OPEN'] }]);
    expect(card.text).toContain('Apply my presets to this meeting: Record automatically and Email an attendance report');
    expect(card.buttons).toEqual(['Open in Meet', 'Apply my presets']);
    expect(card.press('Apply my presets')).toMatchObject({ action: 'applyPresets', parameters: { ...NAMES_SPACE, from: 'meeting' } });
  });

  it('lists the presets as the person’s language does: Japanese with 、, not a Latin comma', () => {
    useLocale('ja');
    try {
      const card = render(meetingSettingsCard(space({ accessType: 'OPEN' }), ['record', 'transcribe', 'attendance']));
      expect(card.text).toContain('自動で録画、自動で文字起こし、出席レポートをメールで送信');
    } finally {
      useLocale('en');
    }
  });

  it('with no presets on, points to Settings; for someone else’s meeting, says its settings are hidden', () => {
    expect(render(meetingSettingsCard(space({ accessType: 'OPEN' }), [])).text).toContain('Turn on meeting presets in Settings');
    const hidden = render(meetingSettingsCard(space({}), ['record']));
    expect(hidden.text).toContain('Only the person who made this meeting can see who may join.');
    expect(hidden.buttons).toEqual(['Open in Meet']);
  });
});
