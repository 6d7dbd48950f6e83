/**
 * evaluate-gate's core, for the action, the CLI and `mlops run`: read the files, parse the config,
 * evaluate, render (src/report/gate-report.ts).
 *
 *     const config = parseGateConfig(raw.gate, (path) => source.locate(['gate', ...path]));
 *     const result = evaluateGate({
 *       config,
 *       candidate: await readMetricFile('metrics.json'),
 *       baseline: await readMetricFile('production/metrics.json'),
 *       outputs: { candidate: await readPredictionsFile('eval-outputs.csv'), baseline: await readPredictionsFile('production/eval-outputs.csv') },
 *     });
 *     const markdown = renderGateReport({ model, workflow, result });
 */
export { evaluateGate, gateTableJson, metricStatus, type GateInput, type GateTableRow } from './evaluate.js';
export { parseGateConfig, mergeGateOverrides, checkRuleMetrics, type GateConfig, type GateOverrides, type BootstrapSettings, type MetricSettings } from './gate-config.js';
export { readMetricFile, parseMetricText, type MetricSet } from './metric-file.js';
export { readPredictionsFile, parsePredictions, pairOutputs, type PredictionTable, type PairedOutputs } from './predictions.js';
export { pairedBootstrap, type BootstrapInterval } from './bootstrap.js';
export { gateOutputs, gateRecordPart, manifestGate, type GateOutputs, type GateRecordPart } from './outputs.js';
export { ThresholdRule, ChangeRule, ValidationRule, DriftedShareRule } from './rules.js';
export type * from './types.js';
export { renderGateReport, COMMENT_LIMIT, type GateReportInput, type DataSection, type HistorySeries, type LineageSection, type ParamChange, type SweepSection } from '../report/gate-report.js';
export { gateCommentKey } from '../report/gate-markdown.js';
// The stage end to end, for the action, `mlops gate` and `mlops run`.
export { runGate, type GateRun } from './run-gate.js';
export { parseBaselineSpec } from './baseline.js';
export { publishGate, failIfFailed, gateCheckName } from './publish.js';
