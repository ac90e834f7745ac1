import type { JsonObject } from './types';

/** JSON helpers of the offline Calendar. */
// ---------------------------------------------------------------------------------------------------------
// JSON helpers.

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
export const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
export const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : isObject(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined)
            .map((k) => [k, canonical(value[k])]),
        )
      : value;
export const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Patch semantics (events.patch reference): "Field values you specify replace the existing values. Fields you
 * don't specify in the request remain unchanged. Array fields, if specified, overwrite existing arrays."
 * Nested objects merge (start/end are deep-merged: t4t5/caldir#61), and null removes a field (Extended
 * properties guide: delete a property by patching it to null).
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const merged: JsonObject = isObject(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = mergePatch(merged[key], value);
  }
  return merged;
}

export const shortId = (id: string) => (id.length > 14 ? `${id.slice(0, 12)}…` : id);
export const toBase64 = (text: string) => btoa(unescape(encodeURIComponent(text))).replace(/=+$/, '');
