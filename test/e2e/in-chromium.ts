/**
 * describe() for tests that need Chromium: without it they are skipped with a note, except on CI (CI=true),
 * where a missing browser is a failure.
 */
import { NO_BROWSER_MESSAGE, browserAvailable } from '../../scripts/lib/browser';

export function describeInChromium(name: string, body: () => void): void {
  if (browserAvailable()) describe(name, body);
  else if (process.env.CI === 'true') {
    test(`${name}: Chromium is installed`, () => {
      throw new Error(NO_BROWSER_MESSAGE);
    });
  } else {
    console.warn(`Skipping "${name}". ${NO_BROWSER_MESSAGE}`);
    test.skip(`${name} (no Chromium)`, () => undefined);
  }
}
