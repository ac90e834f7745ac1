/**
 * The preview's Studio panel in Chromium: Google Workspace Studio running the add-on's steps "Make a Meet link" and
 * "After the meeting" as a flow does: the inputs filled in, one run, its outputs for the next steps and the activity log.
 */
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(90_000);

const MEET_LINK = /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

describePreview('the Studio panel in Chromium', (f) => {
  const studio = () => f.devtools.locator('section.studio-panel');
  const run = async () => {
    await studio().locator('[data-key="studio-run"]').click();
    await f.settled();
  };

  test('runs the step with the inputs filled in, and shows its outputs and its log; the link is made in Meet with recording on', async () => {
    await f.devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await studio().locator('[data-key="studio-input-label"]').fill('Client call');
    await studio().locator('[data-key="studio-input-record"]').check();
    await run();
    const result = studio().locator('[data-key="studio-result"]');
    await expectVisible(result.getByText('Done.'));
    const link = (await result.locator('td[data-output="meetLink"]').innerText()).trim();
    expect(link).toMatch(MEET_LINK);
    await expectVisible(
      result.getByText(/^New Meet link: [a-z]{3}-[a-z]{4}-[a-z]{3} Label: Client call\. On for this meeting: Record automatically\./),
    );
    expect((await result.locator('td[data-output="presetsApplied"]').innerText()).trim()).toBe('true');
    const code = link.slice(-12);
    expect(f.preview.session.runtime.meet.peek(code)?.config?.artifactConfig?.recordingConfig?.autoRecordingGeneration).toBe('ON');
    expect(f.preview.session.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`)).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200']);
    await screenshot(f.page, 'studio-panel');
  });

  test('runs After the meeting on the seeded Design review, by its event: who joined, who may not have, Google’s links', async () => {
    await f.devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await studio().locator('[data-key="studio-step"]').selectOption('afterMeeting');
    await f.settled();
    await studio().getByRole('button', { name: 'Design review (event)' }).click();
    const eventId = await studio().locator('[data-key="studio-input-eventId"]').inputValue();
    expect(eventId).toMatch(/^[a-v0-9]{5,}$/);
    await run();
    const result = studio().locator('[data-key="studio-result"]');
    await expectVisible(result.getByText('Done.'));
    expect((await result.locator('td[data-output="meetingTitle"]').innerText()).trim()).toBe('Design review');
    expect((await result.locator('td[data-output="joinedCount"]').innerText()).trim()).toBe('5');
    expect((await result.locator('td[data-output="notFoundEmails"]').innerText()).trim()).toBe('dev.patel@example.com');
    expect((await result.locator('td[data-output="recordingLink"]').innerText()).trim()).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/rec-/);
    await expectVisible(result.getByText(/^After “Design review”: [a-z]{3}-[a-z]{4}-[a-z]{3} 5 joined: /));
    const calls = f.preview.session.runtime.log.calls.map((c) => c.api.replace('meet.conferenceRecords.', ''));
    expect(calls).toEqual(['calendar.events.get', 'list', 'participants.list', 'recordings.list', 'transcripts.list', 'smartNotes.list']);
    await screenshot(f.page, 'studio-after-meeting');
  });

  test('a personal Google account has no Studio: the page says so and nothing is made', async () => {
    await run();
    await expectVisible(f.page.getByText(/Workspace Studio is not offered to personal Google accounts/));
    expect(f.preview.session.runtime.log.calls).toEqual([]);
  });
});
