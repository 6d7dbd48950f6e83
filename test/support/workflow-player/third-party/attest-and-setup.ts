/**
 * actions/attest-build-provenance (recorded, after checking the permissions it needs, as GitHub
 * would refuse without them) and actions/setup-python / setup-node (no-ops: the machine's python3
 * and node serve).
 */
import type { JobLeg } from '../job-leg.js';
import { allows } from '../permissions.js';
import { doneStep, type StepResult } from '../steps/step-result.js';
import { PlayerError } from '../types.js';

export function attestBuildProvenance(leg: JobLeg, inputs: Record<string, string>): Promise<StepResult> {
  if (!allows(leg.permissions, 'id-token', 'write') || !allows(leg.permissions, 'attestations', 'write')) {
    throw new PlayerError('actions/attest-build-provenance needs `permissions: id-token: write, attestations: write` on the job');
  }
  if (!inputs['subject-path'] && !inputs['subject-digest']) throw new PlayerError('actions/attest-build-provenance: one of subject-path or subject-digest must be provided');
  const id = String(leg.run.record.calls.filter((call) => call.uses.startsWith('actions/attest-build-provenance')).length);
  return Promise.resolve(doneStep({ 'attestation-id': id, 'attestation-url': `https://github.com/${String(leg.github.repository)}/attestations/${id}`, 'bundle-path': '' }));
}

export function setupPython(_leg: JobLeg, inputs: Record<string, string>): Promise<StepResult> {
  return Promise.resolve(doneStep({ 'python-version': inputs['python-version'] ?? '', 'cache-hit': 'false' }));
}

export function setupNode(_leg: JobLeg, inputs: Record<string, string>): Promise<StepResult> {
  return Promise.resolve(doneStep({ 'node-version': inputs['node-version'] ?? process.version, 'cache-hit': 'false' }));
}
