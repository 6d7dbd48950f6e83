/**
 * Per-example outputs: what a model predicted for each example of the eval set, the input of the
 * significance bootstrap. The trainer writes one file per model, a CSV with a header row:
 *
 *     id,label,prediction,score
 *     ex-0001,1,1,0.93
 *     ex-0002,0,1,0.61
 *
 * - `id` (required): the example's identifier, unique in the file. The candidate's and the
 *   baseline's files must hold the same ids (in any order): the comparison is paired.
 * - `label` (required): the true value; a class (any text) or, for regression, a number. Both
 *   files must give the same label for an id.
 * - `prediction` (required): the model's class, or its number for regression.
 * - `score` (optional): for binary labels, the probability (0..1) the model gives the positive
 *   class; needed for log loss and AUC.
 * Other columns are ignored. Cells may be quoted (RFC 4180, `"a,b"`, `""` for a quote); empty
 * lines are skipped. At most 5,000,000 rows and 1 GiB.
 */
import { DataError } from '../shared/errors.js';
import { readBounded } from './read-bounded.js';

/** The per-example outputs file a trainer writes into its model folder (the gate's candidate and baseline, deploy's smoke check). */
export const EVAL_OUTPUTS_FILE = 'eval-outputs.csv';

const MAX_ROWS = 5_000_000;
const MAX_BYTES = 1024 * 1024 * 1024;
const POSITIVE_NAMES = ['1', 'true', 'yes', 'positive', 'pos'];

/** One model's per-example outputs, column-wise. */
export interface PredictionTable {
  file: string;
  ids: string[];
  labels: string[];
  predictions: string[];
  /** The score column, when the file has one. */
  scores?: Float64Array;
  /** The 1-based line of each row in the file. */
  lines: Uint32Array;
}

/** Reads a per-example outputs file. */
export async function readPredictionsFile(file: string): Promise<PredictionTable> {
  return parsePredictions(await readBounded(file, MAX_BYTES, 'per-example outputs file'), file);
}

/** Parses the text of a per-example outputs file (the format is in the module header). */
export function parsePredictions(text: string, file: string, maxRows = MAX_ROWS): PredictionTable {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNumber = 0;
  const nextLine = (): string | undefined => {
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let line = text.slice(start, end);
      start = end + 1;
      lineNumber++;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line !== '') return line;
    }
    return undefined;
  };
  const headerLine = nextLine();
  if (headerLine === undefined) throw new DataError(`The per-example outputs file ${file} is empty.`, { location: { file }, hint: 'Write a header row id,label,prediction[,score] and one row per example.' });
  const header = splitRow(headerLine, file, lineNumber).map((h) => h.trim().toLowerCase());
  const column = (name: string, required: boolean) => {
    const index = header.indexOf(name);
    if (index < 0 && required) {
      throw new DataError(`The per-example outputs file ${file} has no \`${name}\` column (its header is ${headerLine.slice(0, 200)}).`, {
        location: { file, line: lineNumber },
        hint: 'The header row must name id, label and prediction (and score for log loss and AUC).',
      });
    }
    return index;
  };
  const [idCol, labelCol, predCol, scoreCol] = [column('id', true), column('label', true), column('prediction', true), column('score', false)];
  const width = header.length;
  const ids: string[] = [];
  const labels: string[] = [];
  const predictions: string[] = [];
  const scores: number[] = [];
  const lines: number[] = [];
  for (let line = nextLine(); line !== undefined; line = nextLine()) {
    if (ids.length >= maxRows) throw new DataError(`The per-example outputs file ${file} has more than ${maxRows} rows.`, { location: { file, line: lineNumber }, hint: 'Write the outputs of the eval set only, or a sample of it with the same ids for both models.' });
    const cells = line.includes('"') ? splitRow(line, file, lineNumber) : line.split(',');
    if (cells.length !== width) {
      throw new DataError(`Row ${lineNumber} of ${file} has ${cells.length} cells; the header has ${width}.`, { location: { file, line: lineNumber }, hint: 'Quote cells that contain a comma ("a,b").' });
    }
    const id = cells[idCol];
    if (id === '') throw new DataError(`Row ${lineNumber} of ${file} has an empty id.`, { location: { file, line: lineNumber, key: 'id' }, hint: 'Give every example an id.' });
    ids.push(id);
    labels.push(cells[labelCol].trim());
    predictions.push(cells[predCol].trim());
    lines.push(lineNumber);
    if (scoreCol >= 0) {
      const cell = cells[scoreCol].trim();
      const score = cell === '' ? NaN : Number(cell);
      if (!(score >= 0 && score <= 1)) {
        throw new DataError(`Row ${lineNumber} of ${file} has the score ${JSON.stringify(cell)}, not a probability from 0 to 1.`, {
          location: { file, line: lineNumber, key: 'score' },
          hint: 'The score is the probability the model gives the positive class; leave the column out if the model has none.',
        });
      }
      scores.push(score);
    }
  }
  return { file, ids, labels, predictions, scores: scoreCol >= 0 ? Float64Array.from(scores) : undefined, lines: Uint32Array.from(lines) };
}

/** Splits one CSV row with RFC 4180 quotes. */
function splitRow(line: string, file: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new DataError(`Row ${lineNumber} of ${file} has a quote that is never closed.`, { location: { file, line: lineNumber }, hint: 'Close the quoted cell; write a quote inside it as "".' });
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cells.push(cell);
      if (i >= line.length) return cells;
      if (line[i] !== ',') throw new DataError(`Row ${lineNumber} of ${file} has text after a closing quote.`, { location: { file, line: lineNumber }, hint: 'A quoted cell ends at its closing quote, then a comma.' });
      i++;
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

/**
 * The two models' outputs joined on id, as typed arrays in the candidate's row order: what the
 * bootstrap resamples. Classes are numbered over the labels and both models' predictions.
 */
export interface PairedOutputs {
  n: number;
  /** Every class seen (labels and predictions), in first-seen order. */
  classes: string[];
  label: Int32Array;
  candidate: Int32Array;
  baseline: Int32Array;
  /** Numeric labels and predictions, when every one of them is a number (regression). */
  numeric?: { label: Float64Array; candidate: Float64Array; baseline: Float64Array };
  /** The positive class when the labels have two classes (or one) and it can be told. */
  positive?: number;
  /** Scores of both models, when both files have them. */
  scores?: { candidate: Float64Array; baseline: Float64Array };
}

/**
 * Joins the candidate's and the baseline's outputs on id. Errors (located at file and row): an id
 * twice in a file, an id in one file but not the other, an id with two different labels.
 */
export function pairOutputs(candidate: PredictionTable, baseline: PredictionTable, positiveLabel?: string): PairedOutputs {
  for (const table of [candidate, baseline]) {
    if (table.ids.length === 0) throw new DataError(`The per-example outputs file ${table.file} has a header but no rows.`, { location: { file: table.file }, hint: 'Write one row per example of the eval set.' });
  }
  const baseIndex = indexIds(baseline);
  indexIds(candidate);
  const n = candidate.ids.length;
  const classes = new Map<string, number>();
  const classOf = (value: string) => {
    let k = classes.get(value);
    if (k === undefined) {
      k = classes.size;
      classes.set(value, k);
    }
    return k;
  };
  const label = new Int32Array(n);
  const cand = new Int32Array(n);
  const base = new Int32Array(n);
  const baseRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = baseIndex.get(candidate.ids[i]);
    if (j === undefined) {
      throw new DataError(`The id ${JSON.stringify(candidate.ids[i])} (row ${candidate.lines[i]} of ${candidate.file}) is not in the baseline's outputs ${baseline.file}.`, {
        location: { file: candidate.file, line: candidate.lines[i], key: 'id' },
        hint: 'Both models must be evaluated on the same examples with the same ids: re-run the baseline on this eval set, or drop the extra ids.',
      });
    }
    if (candidate.labels[i] !== baseline.labels[j]) {
      throw new DataError(`The id ${JSON.stringify(candidate.ids[i])} has the label ${JSON.stringify(candidate.labels[i])} in ${candidate.file} (row ${candidate.lines[i]}) but ${JSON.stringify(baseline.labels[j])} in ${baseline.file} (row ${baseline.lines[j]}).`, {
        location: { file: candidate.file, line: candidate.lines[i], key: 'label' },
        hint: 'Both outputs must come from the same eval set; check that the ids were not shuffled against the labels.',
      });
    }
    baseRow[i] = j;
    label[i] = classOf(candidate.labels[i]);
    cand[i] = classOf(candidate.predictions[i]);
    base[i] = classOf(baseline.predictions[j]);
  }
  if (baseline.ids.length !== n) {
    const inCandidate = new Set(candidate.ids);
    const j = baseline.ids.findIndex((id) => !inCandidate.has(id));
    throw new DataError(`The id ${JSON.stringify(baseline.ids[j])} (row ${baseline.lines[j]} of ${baseline.file}) is not in the candidate's outputs ${candidate.file}.`, {
      location: { file: baseline.file, line: baseline.lines[j], key: 'id' },
      hint: 'Both models must be evaluated on the same examples with the same ids.',
    });
  }
  const names = [...classes.keys()];
  const paired: PairedOutputs = { n, classes: names, label, candidate: cand, baseline: base };
  const asNumbers = names.map(Number);
  if (names.every((name, k) => name.trim() !== '' && Number.isFinite(asNumbers[k]))) {
    const pick = (codes: Int32Array) => Float64Array.from(codes, (k) => asNumbers[k]);
    paired.numeric = { label: pick(label), candidate: pick(cand), baseline: pick(base) };
  }
  paired.positive = positiveClass(names, label, positiveLabel);
  if (candidate.scores && baseline.scores) {
    const baseScores = baseline.scores;
    paired.scores = { candidate: candidate.scores, baseline: Float64Array.from(baseRow, (j) => baseScores[j]) };
  }
  return paired;
}

function indexIds(table: PredictionTable): Map<string, number> {
  const index = new Map<string, number>();
  table.ids.forEach((id, i) => {
    const first = index.get(id);
    if (first !== undefined) {
      throw new DataError(`The id ${JSON.stringify(id)} appears twice in ${table.file} (rows ${table.lines[first]} and ${table.lines[i]}).`, {
        location: { file: table.file, line: table.lines[i], key: 'id' },
        hint: 'Each example must appear once per model; remove the duplicate row.',
      });
    }
    index.set(id, i);
  });
  return index;
}

/** The positive class of binary labels: the configured one, else 1/true/yes/positive, else undefined. */
function positiveClass(classes: string[], label: Int32Array, configured?: string): number | undefined {
  const labelClasses = new Set(label);
  if (labelClasses.size > 2) return undefined;
  if (configured !== undefined) {
    const k = classes.indexOf(configured);
    return k >= 0 ? k : undefined;
  }
  for (const k of labelClasses) if (POSITIVE_NAMES.includes(classes[k].toLowerCase())) return k;
  return undefined;
}
