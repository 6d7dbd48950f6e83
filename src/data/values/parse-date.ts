import { ConfigError, type SourceLocation } from '../../shared/errors.js';

/** Parses a cell into epoch milliseconds (UTC), or undefined when it does not match. */
export type DateParser = (value: unknown) => number | undefined;

const DIRECTIVES: Record<string, { pattern: string; field: Field }> = {
  Y: { pattern: '(\\d{4})', field: 'year' },
  m: { pattern: '(\\d{1,2})', field: 'month' },
  d: { pattern: '(\\d{1,2})', field: 'day' },
  H: { pattern: '(\\d{1,2})', field: 'hour' },
  M: { pattern: '(\\d{1,2})', field: 'minute' },
  S: { pattern: '(\\d{1,2})', field: 'second' },
  f: { pattern: '(\\d{1,9})', field: 'fraction' },
  z: { pattern: '(Z|[+-]\\d{2}:?\\d{2})', field: 'offset' },
};
type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction' | 'offset';

/**
 * Builds a parser for a strftime-style format (`%Y-%m-%d`, `%d/%m/%Y %H:%M`, ...). Without a format,
 * dates are ISO `YYYY-MM-DD` and datetimes ISO 8601 (`YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+hh:mm]`, a space
 * accepted for the T). Impossible dates (Feb 30) are rejected, not rolled over as Date does.
 */
export function compileDateParser(kind: 'date' | 'datetime', format: string | undefined, where: SourceLocation): DateParser {
  if (format === undefined) return kind === 'date' ? parseIsoDate : parseIsoDateTime;
  // The ISO spelling written as a format still gets the regex-free path (it runs once per cell).
  if (format === '%Y-%m-%d') return parseIsoDate;
  const fields: Field[] = [];
  let pattern = '^';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const directive = DIRECTIVES[format[++i]];
    if (!directive) {
      throw new ConfigError(`Unknown date directive "%${format[i] ?? ''}" in format "${format}".`, {
        location: where,
        hint: 'Use %Y %m %d %H %M %S %f %z and literal characters, e.g. "%d/%m/%Y".',
      });
    }
    pattern += directive.pattern;
    fields.push(directive.field);
  }
  if (!fields.includes('year') || !fields.includes('month') || !fields.includes('day')) {
    throw new ConfigError(`The date format "${format}" needs %Y, %m and %d.`, { location: where, hint: 'Add the missing directives.' });
  }
  const regex = new RegExp(pattern + '$');
  return (value) => {
    if (value instanceof Date) return validTime(value);
    if (typeof value !== 'string') return undefined;
    const match = regex.exec(value);
    if (!match) return undefined;
    const parts: Partial<Record<Field, string>> = {};
    fields.forEach((field, index) => (parts[field] = match[index + 1]));
    return build(parts);
  };
}

function validTime(date: Date): number | undefined {
  const t = date.getTime();
  return Number.isNaN(t) ? undefined : t;
}

function build(parts: Partial<Record<Field, string>>): number | undefined {
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour ?? 0);
  const minute = Number(parts.minute ?? 0);
  const second = Number(parts.second ?? 0);
  const ms = parts.fraction === undefined ? 0 : Math.floor(Number(`0.${parts.fraction}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 60) return undefined;
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const offset = parts.offset;
  if (offset !== undefined && offset !== 'Z') {
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return t;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Fast path for the common `YYYY-MM-DD`: digit arithmetic, no regex. */
export function parseIsoDate(value: unknown): number | undefined {
  if (value instanceof Date) return validTime(value);
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return Date.UTC(year, month - 1, day);
}

/** The number written by the digits text[from, to), or -1 if one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    result = result * 10 + d;
  }
  return result;
}

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseIsoDateTime(value: unknown): number | undefined {
  if (value instanceof Date) return validTime(value);
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATETIME.exec(value);
  if (!m) return undefined;
  return build({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], fraction: m[7], offset: m[8] });
}
