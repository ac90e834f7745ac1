import type { CallLog } from './call-log';
import type { LatencyModel, VirtualClock } from './clock';
import type { Faults } from './faults';
import type { GoogleError } from './google-errors';
import type { Account } from './services';

/** What every fake Google API shares: time, the call log, injected faults and the signed-in account. */
export interface ApiEnv {
  clock: VirtualClock;
  log: CallLog;
  faults: Faults;
  latency: LatencyModel;
  account: () => Account;
  random: () => number;
  /** The OAuth scopes the add-on's token carries: those of the manifest's oauthScopes the person granted (offline/authorization.ts). */
  scopes: () => string[];
}

/** An error a fake API answers with; the Advanced-service and REST adapters turn it into their own shape. */
export class ApiFailure extends Error {
  constructor(readonly error: GoogleError) {
    super(error.message);
  }
}

/** Answers the call with Google's error: every model's one way to refuse. */
export const fail = (error: GoogleError): never => {
  throw new ApiFailure(error);
};

/**
 * Runs one API call the way Google would be seen from the add-on: it takes simulated time, an injected
 * fault wins over the model, and the call log gets one entry whatever happens.
 */
export function runCall<T>(
  env: ApiEnv,
  call: { api: string; route: 'advanced' | 'rest' | 'service'; summary: string },
  operation: () => { status: number; value: T },
): T {
  const latencyMs = env.latency(call.api);
  env.clock.advance(latencyMs);
  const at = env.clock.now();
  const injected = env.faults.next(call.api);
  if (injected) {
    env.log.record({ ...call, status: injected.code, reason: injected.reason, latencyMs, at });
    throw new ApiFailure(injected);
  }
  try {
    const { status, value } = operation();
    env.log.record({ ...call, status, latencyMs, at });
    return value;
  } catch (error) {
    if (error instanceof ApiFailure) {
      env.log.record({ ...call, status: error.error.code, reason: error.error.reason, latencyMs, at });
    }
    throw error;
  }
}
