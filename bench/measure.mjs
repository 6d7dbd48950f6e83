// Measure wall time and peak RSS of a child process.
//
//   import { measureCommand } from './measure.mjs';
//   const r = await measureCommand('node', ['bench/reference-wc.mjs', 'bench/out/data.csv']);
//   // -> { wallMs, maxRssMb, exitCode, stdout, stderr, rssMethod }
//
// Peak RSS method:
//  1. GNU time (`/usr/bin/time -f %M -o TMPFILE cmd ...`), preferred. It reports
//     ru_maxrss from wait4(), which the kernel tracks exactly (no sampling), and
//     which also covers descendants that were waited for (the max over the
//     process tree, not the sum). `-o` keeps its output out of the child's
//     stderr. The last line of TMPFILE is %M (KiB); a preceding line may say
//     "Command exited with non-zero status N" / "terminated by signal N".
//  2. Fallback when /usr/bin/time is missing: poll /proc/<pid>/status VmHWM
//     (the kernel's own high-water mark of the process) every 10 ms. Because
//     VmHWM is a high-water mark, a late sample still sees earlier peaks; only
//     growth in the last <10 ms before exit can be missed, and grandchildren
//     are not counted. Good enough for a single long-running process.
//
// Wall time is measured around the spawn in this process (process.hrtime), so
// it includes process start-up; GNU time's own overhead is ~1 ms.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

let gnuTimeOk;
function haveGnuTime() {
  if (gnuTimeOk === undefined) {
    gnuTimeOk = false;
    try {
      fs.accessSync(GNU_TIME, fs.constants.X_OK);
      // BusyBox time has no -f/-o; make sure this one understands them.
      const probe = path.join(os.tmpdir(), `measure-probe-${process.pid}.txt`);
      const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', probe, 'true'], { stdio: 'ignore' });
      gnuTimeOk = r.status === 0 && /^\d+\s*$/m.test(fs.readFileSync(probe, 'utf8'));
      fs.rmSync(probe, { force: true });
    } catch {
      gnuTimeOk = false;
    }
  }
  return gnuTimeOk;
}

function readVmHwmKb(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(s);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // process already gone
  }
}

/**
 * Spawn `cmd args...`, wait for it, return wall time and peak RSS.
 * @param {string} cmd
 * @param {string[]} [args]
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, stderr?: 'pipe'|'inherit', method?: 'time'|'proc' }} [opts]
 * @returns {Promise<{ wallMs: number, maxRssMb: number, exitCode: number, stdout: string, stderr: string, rssMethod: string }>}
 */
export async function measureCommand(cmd, args = [], opts = {}) {
  const useTime = opts.method ? opts.method === 'time' : haveGnuTime();
  const stderrMode = opts.stderr ?? 'pipe';
  let timeFile;
  let file = cmd;
  let argv = args;
  if (useTime) {
    timeFile = path.join(os.tmpdir(), `measure-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
    file = GNU_TIME;
    argv = ['-f', '%M', '-o', timeFile, cmd, ...args];
  }

  const t0 = process.hrtime.bigint();
  const child = spawn(file, argv, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', stderrMode],
  });

  const outChunks = [];
  const errChunks = [];
  child.stdout.on('data', (c) => outChunks.push(c));
  if (child.stderr) child.stderr.on('data', (c) => errChunks.push(c));

  let hwmKb = 0;
  let timer;
  if (!useTime) {
    const poll = () => { const v = readVmHwmKb(child.pid); if (v > hwmKb) hwmKb = v; };
    poll();
    timer = setInterval(poll, 10);
  }

  const { code, signal } = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (timer) clearInterval(timer);

  let exitCode = code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : -1);
  let maxRssKb = hwmKb;
  if (useTime) {
    let txt = '';
    try { txt = fs.readFileSync(timeFile, 'utf8'); } catch { /* time itself failed */ }
    fs.rmSync(timeFile, { force: true });
    const lines = txt.trim().split('\n');
    maxRssKb = Number(lines[lines.length - 1]) || 0;
    const sig = /terminated by signal (\d+)/.exec(txt);
    if (sig) exitCode = 128 + Number(sig[1]);
  }

  return {
    wallMs,
    maxRssMb: maxRssKb / 1024,
    exitCode,
    stdout: Buffer.concat(outChunks).toString('utf8'),
    stderr: Buffer.concat(errChunks).toString('utf8'),
    rssMethod: useTime ? 'gnu-time' : 'proc-vmhwm',
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

// CLI: node bench/measure.mjs [--runs N] [--method time|proc] -- cmd args...
if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  let runs = 1;
  let method;
  while (argv.length && argv[0] !== '--') {
    const a = argv.shift();
    if (a === '--runs') runs = Number(argv.shift());
    else if (a === '--method') method = argv.shift();
    else { argv.unshift(a); break; }
  }
  if (argv[0] === '--') argv.shift();
  if (!argv.length) {
    console.error('usage: node bench/measure.mjs [--runs N] [--method time|proc] -- cmd [args...]');
    process.exit(2);
  }
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await measureCommand(argv[0], argv.slice(1), { method, stderr: 'inherit' });
    results.push(r);
    process.stdout.write(r.stdout);
    console.log(`run ${i + 1}: wall ${(r.wallMs / 1000).toFixed(3)} s, peak RSS ${r.maxRssMb.toFixed(1)} MB, exit ${r.exitCode} [${r.rssMethod}]`);
  }
  if (runs > 1) {
    console.log(`median: wall ${(median(results.map((r) => r.wallMs)) / 1000).toFixed(3)} s, ` +
      `peak RSS ${median(results.map((r) => r.maxRssMb)).toFixed(1)} MB`);
  }
}
