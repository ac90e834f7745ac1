/**
 * Workspace meeting controls in the preview, in Chromium: who joins without asking (one choice on the link card,
 * and on the open Calendar event's Meet), co-hosts, meeting presets, and an edition that refuses recording.
 */
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(90_000);

const MEET_LINK = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;

describePreview('meeting controls in Chromium', (f) => {
  const calls = () => f.preview.session.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`);
  const workspace = async () => {
    await f.devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
  };

  test('the link card: who joins is one choice, co-hosts are added and removed, the card stays the link card', async () => {
    const { sidebar } = f;
    await workspace();
    await f.press('Create Meet link');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    const code = (await sidebar.getByText(MEET_LINK).first().innerText()).match(MEET_LINK)![0].slice(-12);

    await sidebar.getByLabel('Who can join without asking').selectOption('OPEN');
    await f.settled();
    await expectVisible(sidebar.getByText('Anyone with the link joins without asking.'));
    await expectVisible(f.button('Create another'));
    expect(f.preview.session.runtime.meet.peek(code)?.config?.accessType).toBe('OPEN');

    await sidebar.getByLabel('Email addresses, separated by commas').fill('ben@example.com');
    await f.press('Add co-hosts');
    await expectVisible(sidebar.getByText('ben@example.com'));
    expect(f.preview.session.runtime.meet.peekMembers(code).map((m) => m.role)).toEqual(['COHOST']);
    await screenshot(f.page, 'meeting-controls-link-card');
    await f.press('Remove');
    await expectVisible(sidebar.getByText(/No co-hosts yet/));
    expect(calls()).toEqual([
      'meet.spaces.create 200',
      'meet.spaces.patch 200',
      'meet.spaces.patch 200',
      'meet.spaces.members.create 200',
      'meet.spaces.members.list 200',
      'meet.spaces.members.delete 200',
      'meet.spaces.members.list 200',
    ]);
  });

  test('the open event’s Meet: Meeting settings reads it, the choice changes it (2 Meet calls)', async () => {
    const { page, sidebar } = f;
    await workspace();
    await page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await f.settled();
    await page.locator('.cal-row', { hasText: 'Weekly team sync' }).click();
    await f.settled();
    f.preview.session.runtime.log.clear();
    await f.press('Meeting settings');
    await expectVisible(sidebar.getByLabel('Who can join without asking'));
    await sidebar.getByLabel('Who can join without asking').selectOption('RESTRICTED');
    await f.settled();
    await expectVisible(sidebar.getByText('Only invited guests join without asking; everyone else asks.'));
    expect(calls()).toEqual(['meet.spaces.get 200', 'meet.spaces.patch 200']);
    await screenshot(page, 'meeting-controls-event');
  });

  test('presets, and an edition that refuses recording: the card names it and the link is still made', async () => {
    const { sidebar, devtools } = f;
    await workspace();
    await devtools.locator('input[data-fault="recordingRefused"]').check();
    await f.settled();
    await f.button('More options').click();
    await sidebar.getByRole('menuitem', { name: 'Settings' }).click();
    await f.settled();
    await sidebar.getByRole('switch', { name: 'Record automatically' }).check();
    await sidebar.getByRole('switch', { name: 'Transcribe automatically' }).check();
    await f.press('Save');
    await f.press('Back');
    await f.press('Create Meet link');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    await expectVisible(sidebar.getByText(/Google did not turn on: Record automatically/));
    const code = (await sidebar.getByText(MEET_LINK).first().innerText()).match(MEET_LINK)![0].slice(-12);
    const config = f.preview.session.runtime.meet.peek(code)!.config!;
    expect(config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('ON');
    expect(config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('OFF');
    await screenshot(f.page, 'meeting-controls-recording-refused');
  });
});
