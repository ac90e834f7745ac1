import type { HostShape, HostShapes } from './host-shapes';
import type { Finding } from './report';

const CORE = new Set(['commonEventObject', 'calendar', 'gmail', 'drive', 'docs', 'sheets', 'slides']);
const has = (names: string[], name: string) => (names.includes(name) ? 'present' : 'absent');
const list = (names: string[]) => (names.length ? names.join(', ') : 'none');

/**
 * The last homepage's and event-open's event object shapes, as lines to compare with the offline host's
 * (`npm run self-check` prints what offline/host.ts sends; it is not repeated here as an expectation, as
 * what the host sends depends on the manifest).
 */
export function hostShapeFindings(shapes: HostShapes): Finding[] {
  return [...homepage(shapes.homepage), ...eventOpen(shapes.eventOpen)];
}

function commonLines(trigger: string, shape: HostShape): Finding[] {
  return [
    { label: `${trigger}: commonEventObject.userLocale`, actual: has(shape.common, 'userLocale') },
    { label: `${trigger}: commonEventObject.timeZone`, actual: has(shape.common, 'timeZone') },
    { label: `${trigger}: legacy top-level fields`, actual: list(shape.top.filter((n) => !CORE.has(n))) },
  ];
}

function homepage(shape: HostShape | undefined): Finding[] {
  if (!shape) return [{ label: 'Homepage event object', actual: 'not recorded (open MeetLink in Gmail or Calendar first, then run selfCheck)' }];
  return [{ label: 'Homepage: hostApp', actual: shape.hostApp }, ...commonLines('Homepage', shape)];
}

function eventOpen(shape: HostShape | undefined): Finding[] {
  if (!shape) return [{ label: 'Event-open event object', actual: 'not recorded (open one of your own events in Calendar first)' }];
  const calendar = shape.calendar ?? [];
  return [
    ...commonLines('Event-open', shape),
    { label: 'Event-open: calendar.capabilities', actual: has(calendar, 'capabilities') },
    { label: 'Event-open: canSetConferenceData (your own event)', actual: shape.canSetConferenceData ?? 'absent' },
    { label: 'Event-open: calendar fields', actual: list(calendar) },
  ];
}
