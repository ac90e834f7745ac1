import { notModelledLog } from '../../offline/not-modelled';

/**
 * Installed for every test file (jest.config.js, setupFilesAfterEnv): a test fails when the offline runtime
 * answered "not modelled" anywhere during it, even if the add-on turned that into a polite failure card. Such a
 * test would pass on behaviour nobody knows Google to have. A test that probes not-modelled behaviour on
 * purpose calls `allowNotModelled()` (re-exported by test/support/harness.ts).
 */
let allowed = false;

/** This test means to reach behaviour the offline runtime does not model (and asserts that it throws). */
export function allowNotModelled(): void {
  allowed = true;
}

afterEach(() => {
  const thrown = notModelledLog.take();
  const wasAllowed = allowed;
  allowed = false;
  if (thrown.length && !wasAllowed) {
    throw new Error(
      `The offline runtime answered "not modelled" during this test (${thrown.length}×): Google's behaviour there is unknown, ` +
        `so the test proves nothing. Model it (with its source) or change the test; a test probing it on purpose calls allowNotModelled().\n` +
        thrown.map((m) => `  - ${m}`).join('\n'),
    );
  }
});
