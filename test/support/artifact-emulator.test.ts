/**
 * The results service emulator driven by the real @actions/artifact client (DefaultArtifactClient,
 * its Twirp client, the Azure SDK's block upload, unzip-stream), over HTTP on 127.0.0.1: what a
 * matrix leg's upload and a collect job's download do on a runner, faults included. The last test
 * speaks to the emulator by hand for the wire details the client does not exercise.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { ARTIFACT_ENV_KEYS } from '../../src/backends/github/artifact-env.js';
import { artifactEnv, startArtifactEmulator, type ArtifactEmulator } from './artifact-emulator/index.js';
import { captureActionsLog } from './artifact-emulator/quiet.js';

const log = captureActionsLog();
const client = new DefaultArtifactClient();
let service: ArtifactEmulator;
let dir: string;
let runs = 0;
const saved = Object.fromEntries(ARTIFACT_ENV_KEYS.map((key) => [key, process.env[key]]));

/** Makes this process the runner of one job: the client reads everything from process.env. */
function actAs(runId: string, jobId = 'job-0', extra: { tokenLifetimeSeconds?: number } = {}): void {
  Object.assign(process.env, artifactEnv(service, { runId, jobId, workspace: dir, ...extra }));
}

async function write(root: string, files: Record<string, string | Buffer>): Promise<string[]> {
  const paths: string[] = [];
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    paths.push(file);
  }
  return paths;
}

async function small(root: string): Promise<string[]> {
  return write(root, { 'result.json': `{"root":${JSON.stringify(root)}}` });
}

beforeAll(async () => {
  service = await startArtifactEmulator();
});
afterAll(async () => {
  await service.stop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'artifact-emu-'));
  service.faults.clear();
  service.resetCounts();
  log.length = 0;
  actAs(`run-${++runs}`);
});
afterEach(async () => {
  expect(service.bugs).toEqual([]);
  await fs.rm(dir, { recursive: true, force: true });
});

it('uploads nested folders in 8 MiB blocks, lists, and downloads them byte for byte', async () => {
  const src = path.join(dir, 'src');
  const content = {
    'metrics.json': '{"auc":0.91}',
    'trials/0001/params.json': '{"lr":0.01}',
    'trials/0001/model.bin': randomBytes(5 * 1000 * 1000), // random: the zip cannot shrink it
    'trials/0002/model.bin': randomBytes(4 * 1024 * 1024),
    'empty.txt': '',
  };
  const files = await write(src, content);
  const uploaded = await client.uploadArtifact('sweep-shard-0', files, src);
  // The zip (about 9 MB) went up as two staged blocks and one committed block list.
  expect(service.count('CreateArtifact')).toBe(1);
  expect(service.count('PutBlock')).toBe(2);
  expect(service.count('PutBlockList')).toBe(1);
  expect(service.count('FinalizeArtifact')).toBe(1);
  expect(uploaded.size).toBeGreaterThan(9_000_000);
  const stored = service.state.artifacts[service.state.artifacts.length - 1];
  expect(stored).toMatchObject({ name: 'sweep-shard-0', state: 'finalized', size: uploaded.size, digest: `sha256:${uploaded.digest}`, mimeType: 'application/zip' });

  const { artifacts } = await client.listArtifacts();
  expect(artifacts).toEqual([{ name: 'sweep-shard-0', id: uploaded.id, size: uploaded.size, createdAt: expect.any(Date), digest: `sha256:${uploaded.digest}` }]);
  expect((await client.getArtifact('sweep-shard-0')).artifact.id).toBe(uploaded.id);

  const out = path.join(dir, 'out');
  const downloaded = await client.downloadArtifact(uploaded.id!, { path: out, expectedHash: artifacts[0].digest });
  expect(downloaded).toEqual({ downloadPath: out, digestMismatch: false });
  for (const [relative, bytes] of Object.entries(content)) {
    expect(createHash('sha256').update(await fs.readFile(path.join(out, relative))).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  }
});

it('keeps names unique per run: the second CreateArtifact fails with the service message; delete frees the name', async () => {
  const files = await small(dir);
  const first = await client.uploadArtifact('results', files, dir);
  await expect(client.uploadArtifact('results', files, dir)).rejects.toThrow(
    'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
  );
  expect(service.count('CreateArtifact')).toBe(2); // a 409 is not retried
  // Legs racing for one name: exactly one gets it.
  const race = await Promise.allSettled([1, 2, 3].map(() => client.uploadArtifact('contested', files, dir)));
  expect(race.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected', 'rejected']);
  // Another job of the same run is refused too; another run is not.
  actAs(`run-${runs}`, 'job-1');
  await expect(client.uploadArtifact('results', files, dir)).rejects.toThrow('(409) Conflict');
  expect((await client.deleteArtifact('results')).id).toBe(first.id);
  const again = await client.uploadArtifact('results', files, dir);
  expect(again.id).toBeGreaterThan(first.id!);
  actAs(`run-${++runs}`);
  expect((await client.listArtifacts()).artifacts).toEqual([]);
  await expect(client.getArtifact('results')).rejects.toThrow('Artifact not found');
  await client.uploadArtifact('results', files, dir);
});

it('refuses tokens it did not sign or that expired, without retrying', async () => {
  actAs(`run-${runs}`, 'job-0', { tokenLifetimeSeconds: -60 });
  await expect(client.listArtifacts()).rejects.toThrow('Failed to ListArtifacts: Received non-retryable error: Failed request: (401) Unauthorized: token expired');
  const [header, payload] = service.token({ runId: `run-${runs}`, jobId: 'job-0' }).split('.');
  process.env.ACTIONS_RUNTIME_TOKEN = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
  await expect(client.uploadArtifact('x', await small(dir), dir)).rejects.toThrow('(401) Unauthorized: invalid token signature');
  expect(service.count('ListArtifacts') + service.count('CreateArtifact')).toBe(2);
  expect(service.state.artifacts).not.toContainEqual(expect.objectContaining({ name: 'x' }));
});

it('retries a 503 from the results service (after 3 s) and a 500 on a block (at once), and the artifact is whole', async () => {
  service.addFault({ path: 'CreateArtifact', times: 1, kind: 'status', status: 503 });
  service.addFault({ path: 'PutBlock', times: 1, kind: 'status', status: 500 });
  const src = path.join(dir, 'src');
  const weights = randomBytes(1024 * 1024);
  const files = await write(src, { 'model.bin': weights });
  const started = Date.now();
  const uploaded = await client.uploadArtifact('flaky', files, src);
  expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  expect(service.count('CreateArtifact')).toBe(2);
  expect(service.count('PutBlock')).toBe(2);
  expect(log).toContainEqual(expect.stringContaining('Attempt 1 of 5 failed with error: Failed request: (503) Service Unavailable: injected fault 503. Retrying request in 3000 ms'));
  const out = path.join(dir, 'out');
  await client.downloadArtifact(uploaded.id!, { path: out });
  expect((await fs.readFile(path.join(out, 'model.bin'))).equals(weights)).toBe(true); // toEqual on MBs is slow
});

it('retries a failed blob download (after 5 s) and tolerates a slow service', async () => {
  const uploaded = await client.uploadArtifact('slow', await small(dir), dir);
  service.addFault({ path: 'GetSignedArtifactURL', kind: 'latency', ms: 300 });
  service.addFault({ path: 'GetBlob', times: 1, kind: 'status', status: 503 });
  const started = Date.now();
  await client.downloadArtifact(uploaded.id!, { path: path.join(dir, 'out') });
  expect(Date.now() - started).toBeGreaterThanOrEqual(5300);
  expect(service.count('GetBlob')).toBe(2);
  expect(JSON.parse(await fs.readFile(path.join(dir, 'out', 'result.json'), 'utf8'))).toEqual({ root: dir });
});

it('surfaces a dropped connection to the results service at once, unretried', async () => {
  service.addFault({ path: 'ListArtifacts', times: 1, kind: 'drop' });
  const error = await client.listArtifacts().catch((e: unknown) => e);
  // The Twirp layer rethrows the client's NetworkError as a plain Error naming the call.
  expect((error as Error).message).toMatch(/^Failed to ListArtifacts: Unable to make request: ECONNRESET\nIf you are using self-hosted runners/);
  expect(service.count('ListArtifacts')).toBe(1);
  expect((await client.listArtifacts()).artifacts).toEqual([]);
});

it('speaks Twirp JSON and Azure blob REST by hand: single-PUT blobs, ranges, SAS checks, block lists', async () => {
  const runId = `run-${runs}`;
  const auth = { authorization: `Bearer ${service.token({ runId, jobId: 'job-0' })}`, 'content-type': 'application/json' };
  const twirp = async (method: string, body: unknown) => {
    const res = await fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const ids = { workflow_run_backend_id: runId, workflow_job_run_backend_id: 'job-0' };
  const created = await twirp('CreateArtifact', { ...ids, name: 'raw', version: 7, mime_type: 'application/zip' });
  expect(created).toEqual({ status: 200, body: { ok: true, signed_upload_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/.+\.zip\?sv=.*sp=cw.*&sig=/) } });
  const uploadUrl = created.body.signed_upload_url as string;

  // Finalizing before any content arrived is refused.
  expect(await twirp('FinalizeArtifact', { ...ids, name: 'raw', size: '0' })).toEqual({ status: 412, body: { code: 'failed_precondition', msg: 'artifact content was not uploaded' } });
  // The SAS is checked: a tampered signature, and reading with an upload (write-only) SAS.
  const tampered = await fetch(uploadUrl.replace(/sig=[^&]+/, 'sig=AAAA'), { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' });
  expect([tampered.status, tampered.headers.get('x-ms-error-code')]).toEqual([403, 'AuthenticationFailed']);
  expect(await tampered.text()).toMatch(/^<\?xml .*<Error><Code>AuthenticationFailed<\/Code><Message>/);
  expect((await fetch(uploadUrl)).headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch');
  // A block list naming a block never staged is refused; a single Put Blob replaces the content.
  const staged = await fetch(`${uploadUrl}&comp=block&blockid=${Buffer.from('block-1').toString('base64')}`, { method: 'PUT', body: 'ignored' });
  expect(staged.status).toBe(201);
  const badList = await fetch(`${uploadUrl}&comp=blocklist`, { method: 'PUT', body: `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${Buffer.from('block-9').toString('base64')}</Latest></BlockList>` });
  expect([badList.status, badList.headers.get('x-ms-error-code')]).toEqual([400, 'InvalidBlockList']);
  const content = Buffer.from('0123456789abcdef');
  const put = await fetch(uploadUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': 'application/zip' }, body: content });
  expect(put.status).toBe(201);
  expect(put.headers.get('etag')).toMatch(/^"0x[0-9A-F]+"$/);

  // Finalize checks the size and hash against what the blob holds.
  const hash = `sha256:${createHash('sha256').update(content).digest('hex')}`;
  expect((await twirp('FinalizeArtifact', { ...ids, name: 'raw', size: '15', hash })).status).toBe(400);
  const finalized = await twirp('FinalizeArtifact', { ...ids, name: 'raw', size: String(content.length), hash });
  expect(finalized).toEqual({ status: 200, body: { ok: true, artifact_id: expect.stringMatching(/^\d+$/) } });

  const listed = await twirp('ListArtifacts', { ...ids, id_filter: finalized.body.artifact_id });
  expect(listed.body.artifacts).toEqual([
    { ...ids, database_id: finalized.body.artifact_id, name: 'raw', size: '16', created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/), digest: hash },
  ]);
  expect((await twirp('ListArtifacts', { ...ids, name_filter: 'other' })).body).toEqual({ artifacts: [] });
  // Another run's token cannot name this run.
  const foreign = await fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
    method: 'POST',
    headers: { ...auth, authorization: `Bearer ${service.token({ runId: 'run-elsewhere', jobId: 'job-0' })}` },
    body: JSON.stringify(ids),
  });
  expect([foreign.status, await foreign.json()]).toEqual([403, { code: 'permission_denied', msg: 'the token does not grant access to this workflow run' }]);

  const signed = await twirp('GetSignedArtifactURL', { ...ids, name: 'raw' });
  const downloadUrl = signed.body.signed_url as string;
  const whole = await fetch(downloadUrl);
  expect([whole.status, whole.headers.get('content-type'), whole.headers.get('content-disposition')]).toEqual([200, 'application/zip', 'attachment; filename="raw.zip"']);
  expect(Buffer.from(await whole.arrayBuffer())).toEqual(content);
  const part = await fetch(downloadUrl, { headers: { range: 'bytes=4-7' } });
  expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 4-7/16', '4567']);
  expect((await fetch(downloadUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'overwrite' })).status).toBe(403);

  expect((await twirp('NoSuchMethod', {})).body).toMatchObject({ code: 'bad_route' });
  expect(await twirp('DeleteArtifact', { ...ids, name: 'raw' })).toEqual({ status: 200, body: { ok: true, artifact_id: finalized.body.artifact_id } });
  expect((await fetch(downloadUrl)).status).toBe(404);
});
