#!/usr/bin/env node
/**
 * The penguins model as an HTTP service (node:http, no framework): loads the model.json train.mjs
 * wrote and answers
 *
 *   GET  /health    {"status": "ok", "model": "penguins", "version": "3"}
 *   POST /predict   {"rows": [{"island": "Biscoe", "bill_length_mm": "45.1", ...}]}
 *                -> {"predictions": ["Gentoo"], "probabilities": [{"Adelie": 0.01, ...}]}
 *
 * The prediction is train.mjs's own, step for step: numerics imputed with the training mean and
 * standardized, categories one-hot, softmax over the weights, the most probable class.
 *
 *   node serve.mjs <model folder or model.json> [--port 8765] [--host 127.0.0.1] [--port-file FILE]
 * Port 0 picks a free port; --port-file receives the port once the server listens.
 * MLOPS_MODEL_NAME and MLOPS_MODEL_VERSION (set by deploy-env) are shown by /health.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const FORMAT = 'mlops-penguins-softmax/1';
const MAX_BODY = 1024 * 1024;

function loadModel(where) {
  const file = statSync(where).isDirectory() ? path.join(where, 'model.json') : where;
  const model = JSON.parse(readFileSync(file, 'utf8'));
  if (model.format !== FORMAT) throw new Error(`${file} is not a penguins model (format ${JSON.stringify(model.format)}, expected ${FORMAT})`);
  return model;
}

/** A row -> its feature vector, as train.mjs's transform (missing numerics take the mean). */
function transform(prep, row) {
  const x = prep.numeric.map((column) => {
    const cell = row[column];
    const value = cell === null || cell === undefined || cell === '' || cell === 'NA' ? prep.mean[column] : Number(cell);
    return (value - prep.mean[column]) / prep.std[column];
  });
  for (const column of prep.categorical) {
    for (const level of prep.levels[column]) x.push(row[column] === level ? 1 : 0);
  }
  return x;
}

function predictProba(model, x) {
  const logits = model.weights.map((w, k) => w.reduce((sum, wj, j) => sum + wj * x[j], model.bias[k]));
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

function predict(model, rows) {
  const classes = model.preprocessing.classes;
  const probabilities = rows.map((row) => predictProba(model, transform(model.preprocessing, row)));
  const predictions = probabilities.map((p) => classes[p.indexOf(Math.max(...p))]);
  return { predictions, probabilities: probabilities.map((p) => Object.fromEntries(classes.map((c, k) => [c, Number(p[k].toFixed(6))]))) };
}

function send(response, status, value) {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function main(argv, env) {
  const args = argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option('--port', env.PORT ?? '8765'));
  const host = option('--host', '127.0.0.1');
  const portFile = option('--port-file', undefined);
  if (!args[0]) throw new Error('usage: node serve.mjs <model folder or model.json> [--port 8765] [--host 127.0.0.1]');
  const model = loadModel(args[0]);
  const identity = { model: env.MLOPS_MODEL_NAME ?? 'penguins', version: env.MLOPS_MODEL_VERSION ?? null };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/health') return send(response, 200, { status: 'ok', ...identity });
    if (request.method !== 'POST' || url.pathname !== '/predict') return send(response, 404, { error: 'GET /health or POST /predict' });
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      let rows;
      try {
        rows = JSON.parse(Buffer.concat(chunks).toString('utf8')).rows;
      } catch {
        return send(response, 400, { error: 'the body must be JSON: {"rows": [{...}, ...]}' });
      }
      if (!Array.isArray(rows) || rows.some((r) => r === null || typeof r !== 'object')) return send(response, 400, { error: '"rows" must be an array of objects' });
      send(response, 200, { ...identity, ...predict(model, rows) });
    });
  });
  server.listen(port, host, () => {
    console.log(`penguins ${identity.version ? `v${identity.version} ` : ''}serving on http://${host}:${server.address().port}`);
    if (portFile) writeFileSync(portFile, `${server.address().port}\n`);
  });
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
}

try {
  main(process.argv, process.env);
} catch (error) {
  console.error(`serve.mjs: ${error.message}`);
  process.exit(1);
}
