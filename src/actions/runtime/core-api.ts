/**
 * The slice of @actions/core the runtime calls, as a seam: production code passes the real module,
 * tests pass a recording fake (ESM namespaces are frozen, so the module itself cannot be mocked).
 */
import * as core from '@actions/core';

export type ActionsCore = Pick<
  typeof core,
  'info' | 'debug' | 'warning' | 'error' | 'notice' | 'group' | 'setFailed' | 'setOutput'
>;

/** The real toolkit, writing workflow commands to stdout and the GITHUB_* files. */
export const actionsCore: ActionsCore = core;
