/**
 * What evaluate-gate hands on: the step's outputs and the run record's gate part, both plain data
 * built from the GateResult. The action sets the outputs (after writing the report, before failing
 * the step on `passed === false`); the record module validates and versions the part.
 */
import type { ManifestGate } from '../registry/manifest.js';
import { gateTableJson, type GateTableRow } from './evaluate.js';
import type { BootstrapSummary, DataSummary, GateResult, RuleResult, Verdict } from './types.js';

/** The action's outputs by name (all strings, as `core.setOutput` writes them). */
export interface GateOutputs {
  /** `"true"` unless an error rule failed. */
  passed: string;
  /** `pass`, `warn` or `fail`. */
  verdict: Verdict;
  /** Path of the markdown report. */
  report: string;
  /** The metric table as JSON (GateTableRow[]). */
  table: string;
}

export function gateOutputs(result: GateResult, reportPath: string): GateOutputs {
  return { passed: String(result.passed), verdict: result.verdict, report: reportPath, table: JSON.stringify(gateTableJson(result)) };
}

/** The gate's part of the run record: the verdict and every measured value. */
export interface GateRecordPart {
  verdict: Verdict;
  passed: boolean;
  headline: string;
  /** The production model compared with; null for a first model. */
  baseline: { label?: string } | null;
  bootstrap: BootstrapSummary | null;
  metrics: GateTableRow[];
  rules: RuleResult[];
  data: DataSummary | null;
  notes: string[];
}

export function gateRecordPart(result: GateResult): GateRecordPart {
  return {
    verdict: result.verdict,
    passed: result.passed,
    headline: result.headline,
    baseline: result.baseline ?? null,
    bootstrap: result.bootstrap ?? null,
    metrics: gateTableJson(result),
    rules: result.rules,
    data: result.data ?? null,
    notes: result.notes,
  };
}

/**
 * The gate as a model version's manifest holds it (src/registry/manifest.ts): a warning verdict is
 * a pass there, and the reasons are the failed and warning rules, one line each.
 */
export function manifestGate(result: GateResult, baselineVersion: number | null): ManifestGate {
  const reasons = result.rules.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => `${r.status === 'warn' ? 'warning: ' : ''}${r.rule}: ${r.reason}`);
  return { verdict: result.verdict === 'fail' ? 'fail' : 'pass', baselineVersion, reasons };
}
