/** Server-sent events to every open page (GET /api/events): `hello`, `bundle` and `web` (preview/protocol.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class EventStream {
  private readonly listeners = new Set<ServerResponse>();

  constructor(private readonly hello: () => unknown) {}

  add(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(`event: hello\ndata: ${JSON.stringify(this.hello())}\n\n`);
    this.listeners.add(res);
    req.on('close', () => this.listeners.delete(res));
  }

  broadcast(event: string, data: unknown): void {
    for (const res of this.listeners) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    for (const res of this.listeners) res.end();
    this.listeners.clear();
  }
}
