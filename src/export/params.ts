// Query-string parameters of the export routes: each checked on its own, and
// a bad one refused with its name (extensions.parameter) and a code, before
// any operation runs.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { ExportError } from './run-operation.ts';

export function badParameter(parameter: string, message: string): ExportError {
  return new ExportError(`Parameter "${parameter}": ${message}`, 'INVALID_PARAMETER', 400, { parameter });
}

export type Params = {
  /** The value of `name`, or undefined; refuses a parameter given twice. */
  get(name: string): string | undefined;
};

/** Reads `search`, refusing parameters not in `known` (a misspelt filter would otherwise export everything). */
export function readParams(search: URLSearchParams, known: readonly string[]): Params {
  for (const name of search.keys()) {
    if (!known.includes(name)) throw badParameter(name, `unknown; known parameters: ${known.join(', ')}`);
  }
  return {
    get(name) {
      const values = search.getAll(name);
      if (values.length > 1) throw badParameter(name, 'given more than once');
      const value = values[0]?.trim();
      return value === '' ? undefined : value;
    },
  };
}

/** A global id of one of `types`, as given (GraphQL decodes it again). */
export function globalIdParam(params: Params, name: string, types: readonly string[]): string | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  const type = typeOfGlobalId(value);
  if (!type) throw badParameter(name, `"${value}" is not a global id`);
  if (!types.includes(type)) throw badParameter(name, `must be the id of a ${types.join(' or ')}, not of a ${type}`);
  return value;
}

/** The type a global id names, or null when the text is not one. */
export function typeOfGlobalId(value: string): string | null {
  try {
    return decodeGlobalID(value).typename || null;
  } catch {
    return null;
  }
}

const msPerDay = 86_400_000;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant, as ISO 8601. A date alone means its first instant, or, as the
 * end of a range (`endOfDay`), its last: `to=2022-02-15` includes that day.
 */
export function instantParam(params: Params, name: string, endOfDay = false): string | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  if (!dateOnly.test(value) && !dateTime.test(value))
    throw badParameter(name, `"${value}" is not a date (2022-02-15) or a date-time with offset (2022-02-15T12:00:00Z)`);
  const instant = new Date(dateOnly.test(value) ? `${value}T00:00:00Z` : value);
  // Date rolls 2022-02-31 over to March; a date that does not exist is refused instead.
  if (Number.isNaN(instant.getTime()) || !sameCalendarDate(value, instant)) throw badParameter(name, `"${value}" is not a real date`);
  const end = dateOnly.test(value) && endOfDay ? msPerDay - 1 : 0;
  return new Date(instant.getTime() + end).toISOString();
}

/** Whether the calendar date written at the start of `value` is the one `instant` has in the offset written. */
function sameCalendarDate(value: string, instant: Date): boolean {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 10) === value.slice(0, 10);
}

export function intParam(params: Params, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const value = params.get(name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw badParameter(name, `must be a whole number from ${min} to ${max} (got "${value}")`);
  return Number(value);
}

export function booleanParam(params: Params, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === undefined) return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw badParameter(name, `must be true or false (got "${value}")`);
}

/** A comma-separated list of values from `allowed`. */
export function listParam<T extends string>(params: Params, name: string, allowed: readonly T[]): T[] | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim().toUpperCase());
  const wrong = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (wrong.length) throw badParameter(name, `unknown value(s) ${wrong.join(', ')}; known: ${allowed.join(', ')}`);
  return items as T[];
}
