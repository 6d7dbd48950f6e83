/**
 * The third-party actions the workflows may use (the contract of issue #19: pinned by SHA on
 * GitHub) and their emulations, by `owner/name`. Any other action is refused with a clear error,
 * so a workflow cannot quietly depend on something the tests never ran.
 */
import type { JobLeg } from '../job-leg.js';
import type { StepResult } from '../steps/step-result.js';
import { downloadArtifact, uploadArtifact } from './artifacts.js';
import { attestBuildProvenance, setupNode, setupPython } from './attest-and-setup.js';
import { checkout } from './checkout.js';

export type EmulatedAction = (leg: JobLeg, inputs: Record<string, string>) => Promise<StepResult>;

export const EMULATED_ACTIONS: Record<string, EmulatedAction> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/setup-python': setupPython,
  'actions/setup-node': setupNode,
  'actions/attest-build-provenance': attestBuildProvenance,
};
