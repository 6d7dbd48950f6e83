/** Which reader a file goes to. */
import { DataError, InputError } from '../../shared/errors.js';
import type { DataFormat } from './types.js';

/** Every format validate-data reads, with the file extensions that select it. */
const FORMAT_EXTENSIONS: Readonly<Record<DataFormat, readonly string[]>> = {
  csv: ['.csv'],
  tsv: ['.tsv', '.tab'],
  jsonl: ['.jsonl', '.ndjson'],
  parquet: ['.parquet', '.pq'],
};

const FORMATS = Object.keys(FORMAT_EXTENSIONS) as DataFormat[];

/** The format implied by the file's extension (case-insensitive), or undefined. */
export function formatFromExtension(file: string): DataFormat | undefined {
  const lower = file.toLowerCase();
  for (const format of FORMATS) {
    if (FORMAT_EXTENSIONS[format].some((extension) => lower.endsWith(extension))) return format;
  }
  return undefined;
}

/** True if `value` names a format. */
function isDataFormat(value: string): value is DataFormat {
  return (FORMATS as string[]).includes(value);
}

/**
 * The format to read `file` with: `override` when given (it wins over the extension), else the
 * extension's. An unknown extension is a DataError, an unknown override an InputError; both list
 * the formats that exist.
 */
export function detectFormat(file: string, override?: string): DataFormat {
  if (override !== undefined) {
    if (isDataFormat(override)) return override;
    throw new InputError(`unknown data format ${JSON.stringify(override)}`, {
      hint: `Use one of: ${FORMATS.join(', ')}.`,
    });
  }
  const format = formatFromExtension(file);
  if (format) return format;
  const known = FORMATS.map((f) => `${f} (${FORMAT_EXTENSIONS[f].join(', ')})`).join('; ');
  throw new DataError(`cannot tell the format of ${file} from its extension`, {
    location: { file },
    hint: `Rename the file to a known extension — ${known} — or set the format explicitly (the format option: csv, tsv, jsonl or parquet).`,
  });
}
