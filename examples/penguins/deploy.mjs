#!/usr/bin/env node
/**
 * The penguins example's deploy target (mlops.yml `deploy.target.command`): starts serve.mjs on the
 * verified model deploy-env hands over, in the background, after stopping the server of the
 * previous deploy. deploy-env then runs the health and smoke checks against it; when they fail it
 * runs this script again with the previous version (the rollback).
 *
 * Reads MLOPS_MODEL_DIR, MLOPS_MODEL_NAME, MLOPS_MODEL_VERSION, MLOPS_ENVIRONMENT and
 * MLOPS_DEPLOY_DIR (a folder kept across deploys: the pid file `server.json` and `server.log`).
 * PENGUINS_PORT picks the port (default 8765; 0 for a free one, as the tests do). Prints
 * `mlops:environment-url <url>` once the server listens (or says why it did not start).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const required = (name) => env[name] || (console.error(`deploy.mjs: ${name} is not set (deploy-env sets it)`), process.exit(2));
const modelDir = required('MLOPS_MODEL_DIR');
const stateDir = required('MLOPS_DEPLOY_DIR');
const version = env.MLOPS_MODEL_VERSION ?? '?';
const port = env.PENGUINS_PORT ?? '8765';
const pidFile = path.join(stateDir, 'server.json');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopPrevious() {
  if (!existsSync(pidFile)) return;
  const { pid, version: old } = JSON.parse(readFileSync(pidFile, 'utf8'));
  if (alive(pid)) {
    console.log(`stopping v${old} (pid ${pid})`);
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

await stopPrevious();
mkdirSync(stateDir, { recursive: true });
const portFile = path.join(stateDir, 'server.port');
rmSync(portFile, { force: true });
const logFile = path.join(stateDir, 'server.log');
const log = openSync(logFile, 'a');
// detached: the server gets its own process group, so it outlives this script (and deploy-env's
// timeout, which stops this script's group only).
const server = spawn(process.execPath, [path.join(HERE, 'serve.mjs'), modelDir, '--port', port, '--port-file', portFile], { detached: true, stdio: ['ignore', log, log], env });
closeSync(log);
let exited = false;
server.once('exit', () => (exited = true));
writeFileSync(pidFile, JSON.stringify({ pid: server.pid, version, modelDir }) + '\n');
console.log(`started penguins v${version} (pid ${server.pid}) from ${modelDir}`);
// Wait (at most 5 s) until it listens: then the URL is known. A server that exits instead has failed
// to start; deploy-env's health check reports it, and the log says why.
for (let i = 0; i < 100 && !exited && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
server.unref();
if (existsSync(portFile)) {
  console.log(`mlops:environment-url http://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}`);
} else {
  console.log(`the server did not start; its log (${logFile}) ends with:`);
  console.log(readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-3).join('\n'));
  console.log(`mlops:environment-url http://127.0.0.1:${port}`);
}
