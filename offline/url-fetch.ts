/**
 * UrlFetchApp, offline: requests are routed to the fakes of the Google APIs the add-on calls over HTTP
 * (Calendar REST, Meet REST). Anything else throws, as the network is never reached from here.
 *
 * Apps Script rules modelled (developers.google.com/apps-script/reference/url-fetch/url-fetch-app):
 * - a response code >= 400 throws "Request failed for <host> returned code N" unless `muteHttpExceptions`;
 * - add-ons may fetch only URLs that start with an entry of the manifest's `urlFetchWhitelist`
 *   (developers.google.com/apps-script/manifest/allowlist-url).
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

export class FakeUrlFetchApp {
  private readonly routes: FetchRoute[] = [];
  constructor(private readonly allowlist: () => string[] | undefined) {}

  route(handler: FetchRoute): void {
    this.routes.push(handler);
  }

  fetch(url: string, params: FetchParams = {}): FakeHttpResponse {
    const allow = this.allowlist();
    if (allow && !allow.some((prefix) => url.startsWith(prefix))) {
      throw new Error(`Exception: The URL ${url} is not allowed by the add-on's urlFetchWhitelist.`);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k.toLowerCase()] = String(v);
    if (params.contentType) headers['content-type'] = params.contentType;
    const payload = params.payload === undefined ? undefined : typeof params.payload === 'string' ? params.payload : JSON.stringify(params.payload);
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
    throw new Error(`Offline runtime: no fake answers ${request.method} ${url} (Google is never reached from here).`);
  }

  fetchAll(): never {
    throw new Error('Offline runtime: UrlFetchApp.fetchAll is not modelled.');
  }
}
