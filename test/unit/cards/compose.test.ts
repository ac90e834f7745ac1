import { composeCard } from '../../../src/cards/compose';
import { render } from '../../support/render';

describe('the compose card', () => {
  it('offers the link first by default, as the filled button', () => {
    const card = render(composeCard({ first: 'link', links: [] }));
    expect(card.text).toContain('MeetLink creates a new link and puts it where your cursor is.');
    expect(card.json.fixedFooter.primaryButton.text).toBe('Insert Meet link');
    expect(card.json.fixedFooter.secondaryButton.text).toBe('Insert invitation');
    expect(card.actionOf('Insert Meet link')).toMatchObject({ action: 'insertLink' });
  });

  it('offers the invitation first for a person who chose it', () => {
    const card = render(composeCard({ first: 'invitation', links: [] }));
    expect(card.json.fixedFooter.primaryButton.text).toBe('Insert invitation');
    expect(card.json.fixedFooter.secondaryButton.text).toBe('Insert Meet link');
  });

  it('lets the person insert one of their saved links instead of a new one', () => {
    const entry = { url: 'https://meet.google.com/abc-mnop-xyz', code: 'abc-mnop-xyz', at: 0, label: 'Office hours' };
    const card = render(composeCard({ first: 'link', links: [{ entry, when: 'Today 09:30' }] }));
    expect(card.text).toContain('Office hours');
    expect(card.actionOf('Insert this link')).toMatchObject({ action: 'insertSaved', code: 'abc-mnop-xyz', as: 'link' });
  });
});
