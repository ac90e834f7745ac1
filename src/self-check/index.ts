/**
 * The deployer's self-check (README "Self-check on a real account"): run once from the Apps Script editor on a
 * test deployment, it settles on the real account what the offline runtime can only assume.
 */
export type { SelfCheckContext } from './context';
export { HOST_SHAPES_KEY, rememberHostShape } from './host-shapes';
export { runSelfCheck } from './run';
