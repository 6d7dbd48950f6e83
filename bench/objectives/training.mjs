#!/usr/bin/env node
// The training objective as a trial command: reads MLOPS_PARAMS, writes {"value": ...} to MLOPS_METRICS_FILE.
import { runObjective } from './run.mjs';

runObjective('training');
