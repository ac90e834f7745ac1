import { errorText } from '../meet/errors';
import { GoogleApiError } from '../meet/google-api-error';
import type { Space } from '../meet/meet-port';
import { presetConfig, presetsOn } from '../meet/presets';
import { PRESETS } from '../settings';
import type { SelfCheckContext } from './context';
import type { Finding } from './report';

/**
 * What no fake can know about the Meet API on the deployer's account, one line each (issue 26): how Google answers
 * a preset this edition lacks, an empty updateMask, and a co-host with host controls off and on. Each line names the
 * fake to change when Google answers otherwise. They work on spaces the check makes (an unused space is just a
 * link: the Meet API has no spaces.delete); a co-host added is removed again. The address is a reserved example
 * domain's (RFC 2606): nobody is told anything.
 */
export const PROBE_COHOST = 'meetlink-self-check@example.com';

const LABELS = {
  presets: 'Meet spaces.create with every preset (answered, read back)',
  emptyMask: 'Meet spaces.patch with an empty updateMask',
  cohostOff: 'Meet co-host with host controls (moderation) off',
  cohostOn: 'Meet co-host with host controls on (this edition)',
} as const;

const describe = (error: unknown) => (error instanceof GoogleApiError ? `${error.status} ${error.reason}` : errorText(error).slice(0, 80));
const named = (config: Space) => presetsOn(config).join(', ') || 'none';
const ALL_ON = PRESETS.join(', ');

/** Runs the Meet probes while `inTime()`; `space` is the plain space spacesProbe made (none: it failed). */
export function meetProbeFindings(ctx: SelfCheckContext, space: string | undefined, inTime: () => boolean): Finding[] {
  const notRun = (label: string, why: string): Finding => ({ label, actual: `not run (${why})` });
  if (!space) return Object.values(LABELS).map((label) => notRun(label, 'no space: spaces.create failed'));
  const presets = inTime() ? presetsProbe(ctx) : { finding: notRun(LABELS.presets, 'time budget') };
  const emptyMask = !inTime()
    ? notRun(LABELS.emptyMask, 'time budget')
    : presets.space
      ? emptyMaskProbe(ctx, presets.space)
      : notRun(LABELS.emptyMask, 'no space with presets');
  return [
    presets.finding,
    emptyMask,
    inTime() ? cohostProbe(ctx, space, 'OFF') : notRun(LABELS.cohostOff, 'time budget'),
    inTime() ? cohostProbe(ctx, space, 'ON') : notRun(LABELS.cohostOn, 'time budget'),
  ];
}

/**
 * spaces.create with every preset on (and host controls on), then a read: the status, what the answer said is on,
 * and what the read shows. On an edition or admin that lacks one, this line shows which refusal Google uses: the
 * call refused, the preset answered off, or answered on and never applied.
 */
function presetsProbe(ctx: SelfCheckContext): { finding: Finding; space?: Space } {
  const label = LABELS.presets;
  const fake = 'offline/editions.ts (what this edition has) or MeetModelOptions.artifactRefusal (offline/meet/model.ts)';
  const expected = `200; answered on: ${ALL_ON}; read back on: ${ALL_ON}`;
  try {
    const made = ctx.meet.create({ ...presetConfig(PRESETS), moderation: 'ON' });
    let read: string;
    try {
      read = named(ctx.meet.get(made.name));
    } catch (error) {
      read = `read failed (${describe(error)})`;
    }
    return { finding: { label, actual: `200; answered on: ${named(made)}; read back on: ${read}`, expected, fake }, space: made };
  } catch (error) {
    return { finding: { label, actual: `${describe(error)}: ${errorText(error).slice(0, 120)}`, expected, fake } };
  }
}

/**
 * The v2 discovery document: an empty updateMask "defaults to update all fields provided with values in the
 * request" (older reference text: it resets every field not sent). One patch of accessType alone with `updateMask=`,
 * then a read: which other config fields changed.
 */
function emptyMaskProbe(ctx: SelfCheckContext, space: Space): Finding {
  const label = LABELS.emptyMask;
  const expected = 'changed accessType, kept every other field';
  const fake = 'spaces.patch in offline/meet/model.ts (the mask rule), then docs/meet-rest.md';
  const to = space.config?.accessType === 'RESTRICTED' ? 'TRUSTED' : 'RESTRICTED';
  try {
    ctx.meet.patchConfig(space.name, { accessType: to }, []);
    const after = ctx.meet.get(space.name);
    const changed = leaves(space.config).filter(([path, value]) => path !== 'accessType' && leafOf(after.config, path) !== value);
    const access = after.config?.accessType === to ? 'changed accessType' : 'did not change accessType';
    return {
      label,
      actual: changed.length ? `${access}, reset ${changed.map(([path]) => path).join(', ')}` : `${access}, kept every other field`,
      expected,
      fake,
    };
  } catch (error) {
    return { label, actual: `${describe(error)}: ${errorText(error).slice(0, 120)}`, expected, fake };
  }
}

/**
 * A COHOST member on the check's plain space, with moderation set first as asked: OFF settles whether MeetLink must
 * turn host controls on before adding co-hosts (Google does not publish it); ON shows what this edition answers
 * (Business Starter, Frontline and Nonprofits have no co-hosts: run the check there once to see their refusal).
 */
function cohostProbe(ctx: SelfCheckContext, space: string, moderation: 'ON' | 'OFF'): Finding {
  const off = moderation === 'OFF';
  const finding = {
    label: off ? LABELS.cohostOff : LABELS.cohostOn,
    expected: off ? '400 FAILED_PRECONDITION, moderation now OFF' : '200 COHOST (on Business Starter, Frontline, Nonprofits: 403 PERMISSION_DENIED)',
    fake: off
      ? 'MeetModelOptions.cohostWithoutModeration (offline/meet/model.ts); if Google accepts it, src/meet/spaces.ts addCohosts need not turn host controls on'
      : 'MeetModelOptions.cohostRefusal (offline/meet/model.ts) for those editions, offline/editions.ts for which have co-hosts',
  };
  try {
    ctx.meet.patchConfig(space, { moderation }, ['config.moderation']);
  } catch (error) {
    return { ...finding, actual: `not run (setting moderation ${moderation}: ${describe(error)})` };
  }
  let actual: string;
  try {
    const member = ctx.meet.createMember(space, { email: PROBE_COHOST, role: 'COHOST' });
    actual = `200 ${member.role ?? 'no role'}`;
    try {
      ctx.meet.deleteMember(member.name);
    } catch (error) {
      actual += ` (not removed again: ${describe(error)})`;
    }
  } catch (error) {
    actual = describe(error);
  }
  if (off) {
    try {
      actual += `, moderation now ${ctx.meet.get(space).config?.moderation ?? 'not shown'}`;
    } catch (error) {
      actual += `, moderation not read (${describe(error)})`;
    }
  }
  return { ...finding, actual };
}

type Leaf = [path: string, value: unknown];

/** A config's fields as dotted paths and values. */
function leaves(config: unknown, prefix = ''): Leaf[] {
  if (!config || typeof config !== 'object') return prefix ? [[prefix, config]] : [];
  return Object.entries(config as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function leafOf(config: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), config);
}
