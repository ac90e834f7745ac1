/**
 * The DEV build's entry (`npm run build -- --self-check`, which `npm run deploy` uses for the dev target only):
 * everything src/index.ts offers, plus the deployer's selfCheck. The production build (`npm run build`, and
 * `npm run deploy -- --target prod`) bundles src/index.ts alone, so the published add-on has no selfCheck at
 * all: nobody who installs it can run a function that inserts events and writes to the publisher's logs.
 */
import { selfCheckContext } from './platform';
import { runSelfCheck } from './self-check';

export * from './index';

/**
 * NOT a trigger: the deployer runs this once from the Apps Script editor on the dev project's test deployment
 * (README, "Self-check on a real account"). It probes what the offline runtime can only assume, cleans up
 * after itself, logs one report and returns it. No manifest entry and no trigger ever calls it.
 */
export function selfCheck() {
  const report = runSelfCheck(selfCheckContext());
  console.log(report);
  return report;
}
