/**
 * A Google API error, read from whatever shape the route answered it in (src/adapters/read-google-error.ts).
 * Adapters throw this, never a platform exception, so the engine reads one shape.
 */
export class GoogleApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'GoogleApiError';
  }
}
