import { buildAddOn, SELF_CHECK_BUILD_DIR } from '../../scripts/build';

/**
 * jest globalSetup: the bundle tests load build/Code.js, so build it from the current src/ first: the production
 * build, what the published deployment runs. The dev build (with the deployer's selfCheck) goes beside it, outside
 * build/, for the self-check's tests.
 */
export default async function buildOnce(): Promise<void> {
  await buildAddOn();
  await buildAddOn({ selfCheck: true, outDir: SELF_CHECK_BUILD_DIR });
}
