import { FIELDS, settingsCard } from '../../../src/cards/settings';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { render } from '../../support/render';

describe('the settings card', () => {
  it('shows each setting with its current value, ready to send back as the form', () => {
    const card = render(settingsCard({ settings: { ...DEFAULT_SETTINGS, format: 'html', composeDefault: 'invitation', notifyGuests: true } }));
    expect(card.texts.slice(0, 2)).toEqual(['Settings', 'Invitation template']);
    expect(card.text).toContain('Join with Google Meet: {link}');
    expect(card.text).toContain('Insert as');
    expect(card.text).toContain('Offer first when writing an email');
    expect(card.text).toContain('Keep my 10 most recent links');
    expect(card.text).toContain('Email guests when I change an event’s Meet link');
    expect(card.inputs).toEqual([
      { name: FIELDS.template, kind: 'text', values: [DEFAULT_SETTINGS.template] },
      { name: FIELDS.format, kind: 'selection', values: ['html'] },
      { name: FIELDS.composeDefault, kind: 'selection', values: ['invitation'] },
      { name: FIELDS.keepHistory, kind: 'switch', values: ['true'] },
      { name: FIELDS.notifyGuests, kind: 'switch', values: ['true'] },
      { name: 'preset_record', kind: 'switch', values: [] },
      { name: 'preset_transcribe', kind: 'switch', values: [] },
      { name: 'preset_notes', kind: 'switch', values: [] },
      { name: 'preset_attendance', kind: 'switch', values: [] },
    ]);
  });

  it('shows the meeting presets as work-and-school only; a free account is told its links are made without them', () => {
    const workspace = render(settingsCard({ settings: { ...DEFAULT_SETTINGS, presets: ['transcribe'] } }));
    expect(workspace.text).toContain('Meeting presets (work and school accounts)\nRecord automatically\nTranscribe automatically');
    expect(workspace.inputs.find((i) => i.name === 'preset_transcribe')?.values).toEqual(['true']);
    // The same as the link card says when Google refuses one: the edition and its admin, not "your organization" alone.
    expect(workspace.text).toContain(
      'Your organization’s Google Workspace edition and its admin decide which are allowed (Business Starter has none).',
    );
    const free = render(settingsCard({ settings: DEFAULT_SETTINGS, freeAccount: true }));
    expect(free.text).toContain('presets need a work or school account, and your links are made without them');
  });

  it('a switch that is off sends nothing', () => {
    const card = render(settingsCard({ settings: { ...DEFAULT_SETTINGS, keepHistory: false } }));
    expect(card.inputs.find((i) => i.name === FIELDS.keepHistory)).toEqual({ name: FIELDS.keepHistory, kind: 'switch', values: [] });
  });

  it('offers the choices by their names, not their codes', () => {
    const items = (name: string) =>
      card.json.sections[0].widgets.find((w: { selectionInput?: { name: string } }) => w.selectionInput?.name === name).selectionInput.items;
    const card = render(settingsCard({ settings: DEFAULT_SETTINGS }));
    expect(items(FIELDS.format).map((i: { text: string }) => i.text)).toEqual(['Plain text', 'Rich text (bold, italics, links)']);
    expect(items(FIELDS.composeDefault).map((i: { text: string }) => i.text)).toEqual(['Meet link', 'Invitation']);
  });

  it('Save is the footer’s one button; the default template is restored from right under the template', () => {
    const card = render(settingsCard({ settings: DEFAULT_SETTINGS }));
    expect(card.buttons).toEqual(['Restore default template', 'Delete my MeetLink data', 'Save']);
    expect(card.json.fixedFooter.primaryButton.text).toBe('Save');
    expect(card.json.fixedFooter.secondaryButton).toBeUndefined();
    expect(card.actionOf('Save')).toMatchObject({ action: 'saveSettings' });
    expect(card.press('Restore default template').action).toBe('resetTemplate');
  });

  it('a notice (why nothing was saved) comes first, above the form', () => {
    const card = render(settingsCard({ settings: DEFAULT_SETTINGS, notice: 'The invitation template is empty. Nothing was saved.' }));
    expect(card.texts[1]).toBe('The invitation template is empty. Nothing was saved.');
  });
});
