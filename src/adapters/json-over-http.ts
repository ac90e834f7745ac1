import { readRestError } from './read-google-error';

export type JsonRequest = <T>(method: GoogleAppsScript.URL_Fetch.HttpMethod, path: string, body?: unknown) => T;

/**
 * JSON requests to one Google REST API over UrlFetchApp, with the script's own OAuth token. Error answers
 * become GoogleApiError (both Calendar's `{error: {errors}}` and google.rpc's `{error: {status}}`).
 */
export function jsonOverHttp(fetcher: GoogleAppsScript.URL_Fetch.UrlFetchApp, token: () => string, base: string): JsonRequest {
  return <T>(method: GoogleAppsScript.URL_Fetch.HttpMethod, path: string, body?: unknown): T => {
    const response = fetcher.fetch(base + path, {
      method,
      headers: { Authorization: `Bearer ${token()}` },
      muteHttpExceptions: true,
      ...(body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(body) }),
    });
    const status = response.getResponseCode();
    const text = response.getContentText();
    if (status >= 400) throw readRestError(status, text);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** `?a=1&b=2` from a map of query parameters, or '' when there are none. */
export function queryString(query: Record<string, string | number | boolean>): string {
  const pairs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}
