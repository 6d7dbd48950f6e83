#!/usr/bin/env node
// The hartmann6 objective as a trial command: reads MLOPS_PARAMS, writes {"value": ...} to MLOPS_METRICS_FILE.
import { runObjective } from './run.mjs';

runObjective('hartmann6');
