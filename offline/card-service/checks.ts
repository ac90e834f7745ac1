import { type Enum, EnumValue, ENUM_TYPE } from './enums';

/**
 * How the fake reads its own objects, and how its setters check their arguments the way Apps Script does.
 * Exact error wording is Apps Script-like, not confirmed word for word.
 */

// Module-private keys: how the fake reads its objects. They cannot be called by name, as on Google's objects.
export const JSON_OF = Symbol('json');
export const WIDGET = Symbol('widget');
export const ON_CLICK = Symbol('onClick');
export const NAVIGATIONS = Symbol('navigations');

export function typeName(value: unknown): string {
  if (value instanceof EnumValue) return `CardService.${value[ENUM_TYPE]}`;
  if (Array.isArray(value)) return 'Array';
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return value.constructor?.name ?? 'Object';
  return ({ string: 'String', boolean: 'Boolean' } as Record<string, string>)[typeof value] ?? typeof value;
}

/** What Apps Script throws for an argument of the wrong type. */
export function mismatch(method: string, ...args: unknown[]): Error {
  return new Error(`Exception: The parameters (${args.map(typeName).join(',')}) don't match the method signature for CardService.${method}.`);
}

export function str(method: string, value: unknown): string {
  if (typeof value !== 'string') throw mismatch(method, value);
  return value;
}

export function bool(method: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw mismatch(method, value);
  return value;
}

export function int(method: string, value: unknown): number {
  if (!Number.isInteger(value)) throw mismatch(method, value);
  return value as number;
}

/** The member's name, if `value` is a member of `type` (a string, or another enum's member, is not). */
export function member(method: string, value: unknown, type: Enum): string {
  if (!(value instanceof EnumValue) || !Object.values(type).includes(value)) throw mismatch(method, value);
  return value.toString();
}

export function instance<T>(method: string, value: unknown, type: abstract new (...args: never[]) => T): T {
  if (!(value instanceof type)) throw mismatch(method, value);
  return value;
}

/** A part the card or response cannot be built without. */
export function need<T>(value: T | undefined, problem: string): T {
  if (value === undefined) throw new Error(`Exception: ${problem}`);
  return value;
}

/** The fields that are set: JSON leaves unset fields out. */
export function compact<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
