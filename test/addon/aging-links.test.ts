import { AGING_MS, HISTORY_KEY, type HistoryEntry } from '../../src/history';
import { meetCode, openAddOn } from '../support/harness';

/**
 * "A meeting code expires 365 days after its last use" and may then lead to another meeting (Meet API overview).
 * A pinned link kept for a year is marked, with one click to a fresh link that keeps its label and pin.
 */
const DAY = 24 * 60 * 60 * 1000;

function withSaved(entries: (Omit<HistoryEntry, 'url' | 'at'> & { ageMs: number })[]) {
  const addOn = openAddOn();
  const now = addOn.runtime.clock.now();
  const stored = entries.map(({ ageMs, ...e }) => ({ ...e, url: `https://meet.google.com/${e.code}`, at: now - ageMs }));
  addOn.runtime.services.userProperties.setProperty(HISTORY_KEY, JSON.stringify(stored));
  const saved = () => JSON.parse(addOn.runtime.services.userProperties.getProperty(HISTORY_KEY)!) as HistoryEntry[];
  return { ...addOn, saved };
}

describe('pinned links whose code may expire', () => {
  it('a pinned link made over eleven months ago is marked, with "Fresh link, same label"; a younger one is not', () => {
    const { host } = withSaved([
      { code: 'old-pinn-edx', label: 'Office hours', pinned: true, ageMs: AGING_MS + DAY },
      { code: 'new-pinn-edx', label: 'Standup', pinned: true, ageMs: AGING_MS - DAY },
    ]);
    host.homepage('CALENDAR');
    expect(host.text()).toMatch(/old-pinn-edx\nPinned · .* · may expire/);
    expect(host.text()).not.toMatch(/new-pinn-edx\nPinned · .* · may expire/);
    expect(host.buttons().filter((b) => b === 'Fresh link, same label')).toHaveLength(1);
  });

  it('an old link that is not pinned is not marked: only a pinned link is one the person keeps reusing', () => {
    const { host } = withSaved([{ code: 'old-rece-ntx', label: 'Last year', ageMs: AGING_MS + 30 * DAY }]);
    host.homepage('GMAIL');
    expect(host.text()).toContain('old-rece-ntx');
    expect(host.text()).not.toContain('may expire');
    expect(host.buttons()).not.toContain('Fresh link, same label');
    host.click('old-rece-ntx');
    expect(host.text()).not.toContain('This link was made over 11 months ago.');
    expect(host.buttons()).not.toContain('Fresh link, same label');
  });

  it('one click: a new link takes the label and the pin, and the old one is no longer saved', () => {
    const { host, saved, runtime } = withSaved([
      { code: 'old-pinn-edx', label: 'Office hours', pinned: true, ageMs: AGING_MS + DAY },
      { code: 'rec-entl-ink', ageMs: DAY },
    ]);
    host.homepage('CALENDAR').click('Fresh link, same label');

    const fresh = saved().find((e) => e.label === 'Office hours')!;
    expect(fresh.code).not.toBe('old-pinn-edx');
    expect(fresh.pinned).toBe(true);
    expect(fresh.at).toBe(runtime.clock.now());
    expect(saved().map((e) => e.code)).not.toContain('old-pinn-edx');
    expect(saved().map((e) => e.code)).toContain('rec-entl-ink');
    expect(meetCode(host.text())).toBe(fresh.code);
    expect(host.notifications.at(-1)).toBe('Fresh link made, with the label and the pin. The old link is no longer saved.');
    // The homepage under its card was redrawn: nothing is marked any more.
    expect(host.stack).toHaveLength(2);
    host.stack.pop();
    expect(host.text()).not.toContain('may expire');
    expect(host.buttons()).not.toContain('Fresh link, same label');
  });

  it('the saved link’s own card says why, and offers the same button', () => {
    const { host } = withSaved([{ code: 'old-pinn-edx', label: 'Office hours', pinned: true, ageMs: AGING_MS + DAY }]);
    host.homepage('CALENDAR').click('old-pinn-edx');
    expect(host.text()).toContain('This link was made over 11 months ago.');
    expect(host.buttons()).toContain('Fresh link, same label');
  });
});
