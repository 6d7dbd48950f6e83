#!/usr/bin/env node
// The package's `mlops` command: the bundled CLI (dist/cli/index.js), built by `npm run build`.
import '../dist/cli/index.js';
