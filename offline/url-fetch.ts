import { requireServiceScope, SCOPE } from './scopes';
import { notModelled } from './not-modelled';
/**
 * UrlFetchApp, offline: requests are routed to the fakes of the Google APIs the add-on calls over HTTP
 * (Calendar REST, Meet REST). Anything else throws, as the network is never reached from here.
 *
 * Apps Script rules modelled (developers.google.com/apps-script/reference/url-fetch/url-fetch-app):
 * - a response code >= 400 throws "Request failed for <host> returned code N" unless `muteHttpExceptions`;
 * - add-ons may fetch only URLs that match an entry of the manifest's `urlFetchWhitelist`
 *   (developers.google.com/apps-script/manifest/allowlist-url): each entry must be a valid https:// URL with a
 *   full domain and a non-empty path (https://www.google.com/ is valid, https://www.google.com is not); a URL
 *   matches when it equals the prefix or is "a child" of it (path matching is case sensitive). An invalid entry
 *   is a manifest error, thrown here;
 * - a call needs the script.external_request scope (offline/scopes.ts);
 * - a URL longer than 2 KB is refused before anything is sent: "URL Fetch URL length 2 KB / call"
 *   (developers.google.com/apps-script/guides/services/quotas, "Current limitations"), with the message users
 *   report, "Exception: Limit Exceeded: URLFetch URL Length." (the length is counted in UTF-8 bytes);
 * - an object payload is sent as form fields, application/x-www-form-urlencoded, unless contentType says
 *   otherwise ("if payload is a JavaScript object, it is interpreted as a map of form field names to values",
 *   UrlFetchApp reference, params.payload).
 */
export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload?: string;
}
export interface FetchResult {
  status: number;
  body: string;
  headers?: Record<string, string>;
}
export type FetchRoute = (request: FetchRequest) => FetchResult | undefined;

export class FakeHttpResponse {
  constructor(private readonly result: FetchResult) {}
  getResponseCode(): number {
    return this.result.status;
  }
  getContentText(): string {
    return this.result.body;
  }
  getHeaders(): Record<string, string> {
    return { 'Content-Type': 'application/json; charset=UTF-8', ...(this.result.headers ?? {}) };
  }
}

type FetchParams = {
  method?: string;
  headers?: Record<string, string>;
  payload?: string | object;
  contentType?: string;
  muteHttpExceptions?: boolean;
};

/** Apps Script's quota page: "URL Fetch URL length 2 KB / call". */
export const URL_LIMIT_BYTES = 2 * 1024;

export class FakeUrlFetchApp {
  private readonly routes: FetchRoute[] = [];
  constructor(
    private readonly allowlist: () => string[] | undefined,
    private readonly scopes: () => string[] = () => [SCOPE.externalRequest],
  ) {}

  route(handler: FetchRoute): void {
    this.routes.push(handler);
  }

  fetch(url: string, params: FetchParams = {}): FakeHttpResponse {
    requireServiceScope(this.scopes(), 'UrlFetchApp.fetch', SCOPE.externalRequest);
    if (Buffer.byteLength(String(url)) > URL_LIMIT_BYTES) throw new Error('Exception: Limit Exceeded: URLFetch URL Length.');
    const allow = this.allowlist();
    if (allow && !allow.some((prefix) => allowedBy(checkedPrefix(prefix), url))) {
      throw new Error(`Exception: The URL ${url} is not allowed by the add-on's urlFetchWhitelist.`);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k.toLowerCase()] = String(v);
    const isForm = params.payload !== undefined && typeof params.payload !== 'string';
    // contentType: "defaults to 'application/x-www-form-urlencoded'" (UrlFetchApp reference).
    if (params.contentType) headers['content-type'] = params.contentType;
    else if (params.payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/x-www-form-urlencoded';
    const payload = params.payload === undefined ? undefined : isForm ? formFields(params.payload as object) : (params.payload as string);
    const request: FetchRequest = { url, method: (params.method ?? 'get').toUpperCase(), headers, payload };
    for (const route of this.routes) {
      const result = route(request);
      if (!result) continue;
      if (result.status >= 400 && !params.muteHttpExceptions) {
        const host = new URL(url).host;
        throw new Error(
          `Exception: Request failed for https://${host} returned code ${result.status}. Truncated server response: ${result.body.slice(0, 200)}`,
        );
      }
      return new FakeHttpResponse(result);
    }
    return notModelled(`Offline runtime: no fake answers ${request.method} ${url} (Google is never reached from here); not modelled.`);
  }

  fetchAll(): never {
    // MeetLink, the preview and the tests never call it.
    return notModelled('Offline runtime: UrlFetchApp.fetchAll is not modelled.');
  }
}

/** An object payload as form fields: name=value pairs, URL-encoded, joined with & (UrlFetchApp reference, payload). */
function formFields(payload: object): string {
  return Object.entries(payload)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

/** An allowlist entry as the manifest reference requires it (https, full domain, non-empty path); else a manifest error. */
function checkedPrefix(prefix: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(prefix);
  } catch {
    throw new Error(`Manifest: urlFetchWhitelist entry "${prefix}" is not a valid URL`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`Manifest: urlFetchWhitelist entry "${prefix}" must use https://`);
  if (prefix.includes('*')) notModelled(`Offline runtime: wildcard urlFetchWhitelist entries ("${prefix}") are not modelled`);
  if (!/^https:\/\/[^/]+\//.test(prefix)) {
    throw new Error(`Manifest: urlFetchWhitelist entry "${prefix}" needs a non-empty path (https://host/ at least)`);
  }
  return parsed;
}

/**
 * "The prefix matches the URL if the URL is identical to the prefix or is a child of the prefix": the prefix
 * https://example.com/foo matches https://example.com/foo, .../foo/, .../foo/bar and .../foo?bar, not
 * https://example.com/foobar (allowlist-url reference). Host names compare case-insensitively, paths exactly.
 */
function allowedBy(prefix: URL, url: string): boolean {
  const target = new URL(url);
  if (target.protocol !== prefix.protocol || target.host !== prefix.host) return false;
  const base = prefix.pathname;
  const path = target.pathname;
  if (path === base) return true;
  if (!path.startsWith(base)) return false;
  return base.endsWith('/') || path[base.length] === '/';
}
