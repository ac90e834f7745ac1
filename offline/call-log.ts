/** Every call the add-on makes to Google, in order, with how it ended and what it cost in simulated time. */
export interface CallRecord {
  seq: number;
  /** e.g. `calendar.events.insert`, `meet.spaces.create`. */
  api: string;
  /** `advanced` for the Advanced service, `rest` for UrlFetchApp, `service` for a built-in service (GmailApp). */
  route: 'advanced' | 'rest' | 'service';
  /** HTTP status Google answered with (200 for success, 204 for an empty success). */
  status: number;
  reason?: string;
  /** A one-line human description of the request (ids, the fields that matter). */
  summary: string;
  latencyMs: number;
  at: number;
}

export class CallLog {
  readonly calls: CallRecord[] = [];
  record(call: Omit<CallRecord, 'seq'>): CallRecord {
    const entry = { seq: this.calls.length + 1, ...call };
    this.calls.push(entry);
    return entry;
  }
  /** The calls to one API prefix, e.g. `calendar.` or `calendar.events.insert`. */
  of(prefix: string): CallRecord[] {
    return this.calls.filter((c) => c.api.startsWith(prefix));
  }
  clear(): void {
    this.calls.length = 0;
  }
}
