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
export { metricStatus } from './evaluate.js';
export { mergeGateOverrides } from './gate-config.js';
export { gateOutputs, gateRecordPart, manifestGate } from './outputs.js';
export type * from './types.js';
// The stage end to end, for the action, `mlops gate` and `mlops run`.
export { runGate, type GateRun } from './run-gate.js';
export { parseBaselineSpec } from './baseline.js';
export { publishGate, failIfFailed, gateCheckName } from './publish.js';
