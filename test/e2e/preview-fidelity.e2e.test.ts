/**
 * The preview behaves as Gmail and Calendar do where a deployer would notice it did not: a card's fields keep what
 * the person chose when the answer is only a notification, a notification never sits on the card's footer, the
 * controls of the developer panel throw nothing, and the calendar holds the event kinds Google has.
 */
import { describePreview } from './preview-page';

jest.setTimeout(60_000);

describePreview('the preview behaves as Google’s hosts do', (f) => {
  /** Uncaught errors and unhandled rejections of the page while `run` runs. */
  async function pageErrors(run: () => Promise<void>): Promise<string[]> {
    const errors: string[] = [];
    const listen = (error: Error) => errors.push(error.message);
    f.page.on('pageerror', listen);
    try {
      await run();
    } finally {
      f.page.off('pageerror', listen);
    }
    return errors;
  }

  test('moving the latency slider, by keyboard or by mouse, throws nothing and sets the latency', async () => {
    const slider = f.devtools.getByLabel(/Google latency/);
    const errors = await pageErrors(async () => {
      await slider.focus();
      await f.page.keyboard.press('ArrowRight');
      await f.settled();
      await f.page.keyboard.press('ArrowRight');
      await f.settled();
      const box = (await slider.boundingBox())!;
      await f.page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
      await f.settled();
    });
    expect(errors).toEqual([]);
    expect(f.preview.session.runtime.settings.latencyMs).toBeGreaterThan(1000);
    // Focus stays on the slider across the redraws, so the arrows keep moving it.
    expect(await f.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('range');
  });
});
