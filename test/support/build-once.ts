import { buildAddOn } from '../../scripts/build';

/** jest globalSetup: the bundle tests load build/Code.js, so build it from the current src/ first. */
export default async function buildOnce(): Promise<void> {
  await buildAddOn();
}
