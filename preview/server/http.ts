/**
 * The preview's HTTP server: the page (index.html, the bundled stylesheet and script), the state, server-sent
 * events, and the POST routes. It listens on 127.0.0.1 and has no authentication, so it refuses other Host
 * names (DNS rebinding) and any POST that is not JSON (a page elsewhere cannot send one without a preflight).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Json } from '../../offline/card-query';
import { EVENTS_PATH, STATE_PATH, type ActionResult, type PreviewState } from '../protocol';
import type { EventStream } from './event-stream';
import { HttpError, messageOf } from './http-error';
import type { Route } from './routes';

export interface HttpOptions {
  /** The host name the server listens on (also accepted as a Host header). */
  host: string;
  webDir: string;
  webScript(): string;
  /** The stylesheet: styles.css with the parts it imports (web-bundle.ts). */
  webStyles(): string;
  state(): PreviewState;
  routes: Record<string, Route>;
  events: EventStream;
  /** Real delay of an answer, at most: the simulated time the action took, capped here. */
  maxDelayMs: number;
}

const CSP =
  "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CSP });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1024 * 1024) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  if (!size) return {};
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Request body is not JSON');
  }
  // Every route reads fields of an object: null, an array, a number or a string is refused here, not half-read there.
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Request body must be a JSON object');
  return body as Json;
}

/**
 * Whether a Content-Type header names exactly `application/json` (RFC 9110 §8.3.1: type/subtype, case-insensitive,
 * then `; name=value` parameters), with no charset but UTF-8. `application/jsonx` or `application/json-patch+json`
 * are other media types, and a page elsewhere could send `text/plain` without a preflight: all refused.
 */
export function isJsonMediaType(header: string | undefined): boolean {
  const [type, ...parameters] = String(header ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=');
    return name.trim().toLowerCase() !== 'charset' || value.trim().replace(/^"|"$/g, '').toLowerCase() === 'utf-8';
  });
}

export function createHttpServer(options: HttpOptions): Server {
  const { webDir } = options;
  const files: Record<string, () => [string | Buffer, string]> = {
    '/': () => [readFileSync(join(webDir, 'index.html')), 'text/html; charset=utf-8'],
    '/index.html': () => [readFileSync(join(webDir, 'index.html')), 'text/html; charset=utf-8'],
    '/styles.css': () => [options.webStyles(), 'text/css; charset=utf-8'],
    '/app.js': () => [options.webScript(), 'text/javascript; charset=utf-8'],
  };

  const answer = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const hostname = String(req.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]', options.host].includes(hostname)) throw new HttpError(421, 'Unknown host');
    if (req.method === 'GET') {
      const file = files[path];
      if (file) return send(res, 200, ...file());
      if (path === STATE_PATH) return sendJson(res, 200, options.state());
      if (path === EVENTS_PATH) return options.events.add(req, res);
    }
    const route = req.method === 'POST' ? options.routes[path] : undefined;
    if (!route) return sendJson(res, 404, { error: `No route ${req.method} ${path}` });
    if (!isJsonMediaType(req.headers['content-type'])) throw new HttpError(415, 'Send application/json');
    const result: ActionResult = route(await readJson(req));
    // Google really takes this long: the page shows its loading indicator meanwhile.
    const wait = Math.min(Math.max(result.simulatedMs, 0), options.maxDelayMs);
    if (wait > 0) await sleep(wait);
    sendJson(res, 200, result);
  };

  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    answer(req, res, path).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) sendJson(res, status, { error: messageOf(error) });
    });
  });
}
