// Runs one objective as a trial command, the way the sweep runner runs a user's training command:
// parameters as JSON in MLOPS_PARAMS, the metric written as JSON to MLOPS_METRICS_FILE.
//
//   MLOPS_PARAMS='{"x1":1,"x2":2}' MLOPS_METRICS_FILE=m.json node bench/objectives/run.mjs branin
import { writeFileSync } from 'node:fs';
import { objectives } from './functions.mjs';

export function runObjective(name, env = process.env) {
  const objective = objectives[name];
  if (!objective) throw new Error(`unknown objective ${name}; one of ${Object.keys(objectives).join(', ')}`);
  const params = JSON.parse(env.MLOPS_PARAMS ?? '{}');
  const value = objective.evaluate(params);
  const out = JSON.stringify({ value });
  if (env.MLOPS_METRICS_FILE) writeFileSync(env.MLOPS_METRICS_FILE, `${out}\n`);
  else console.log(out);
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) runObjective(process.argv[2]);
