/**
 * A job's `environment:` and its protection rules (docs/platform.md "Deployments and environments"):
 * the environments seeded in the GitHub emulator's state (`repo.addEnvironment('production',
 * { reviewers: [...] })`) say which are protected. A job under an environment with required
 * reviewers waits until the test approves (or rejects, which fails the job); a wait timer delays
 * it by its minutes. An environment the repository does not have is created unprotected, as
 * GitHub does.
 */
import type { GitHubEmulator } from '../github-emulator/index.js';

export type Decision = 'approved' | 'rejected';

interface Waiting {
  job: string;
  decide: (decision: Decision) => void;
}

export class EnvironmentGates {
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly watchers: { environment: string; resolve: (job: string) => void; reject: (error: Error) => void }[] = [];
  /** Set when the play has ended: nothing will wait any more. */
  private ended: (() => Error) | undefined;

  constructor(
    private readonly github: GitHubEmulator,
    private readonly repository: string,
    private readonly minuteMs: number,
  ) {}

  /** Resolves when the environment lets the job run; 'rejected' when a reviewer refused. */
  async pass(environment: string, job: string): Promise<Decision> {
    const rules = this.github.state.repo(this.repository)?.environments.get(environment);
    if (rules?.waitTimer) await new Promise((resolve) => setTimeout(resolve, rules.waitTimer! * this.minuteMs));
    if (!rules?.reviewers?.length) return 'approved';
    return new Promise<Decision>((decide) => {
      const list = this.waiting.get(environment) ?? [];
      list.push({ job, decide });
      this.waiting.set(environment, list);
      for (const watcher of this.watchers.filter((w) => w.environment === environment)) {
        this.watchers.splice(this.watchers.indexOf(watcher), 1);
        watcher.resolve(job);
      }
    });
  }

  /** Resolves with the job's key once a job waits for the environment's reviewers. */
  waitingFor(environment: string): Promise<string> {
    const first = this.waiting.get(environment)?.[0];
    if (first) return Promise.resolve(first.job);
    if (this.ended) return Promise.reject(this.ended());
    return new Promise((resolve, reject) => this.watchers.push({ environment, resolve, reject }));
  }

  /** The play ended: whoever still waits for a job to wait learns that none will, and why. */
  close(why: () => Error): void {
    this.ended = why;
    for (const watcher of this.watchers.splice(0)) watcher.reject(why());
  }

  /** Jobs waiting now, by environment. */
  pending(): Record<string, string[]> {
    return Object.fromEntries([...this.waiting].filter(([, list]) => list.length > 0).map(([name, list]) => [name, list.map((w) => w.job)]));
  }

  /** A reviewer's decision on every job waiting for the environment; throws when none waits. */
  decide(environment: string, decision: Decision): void {
    const list = this.waiting.get(environment) ?? [];
    if (list.length === 0) throw new Error(`No job waits for environment ${environment} (waiting: ${JSON.stringify(this.pending())})`);
    this.waiting.delete(environment);
    for (const waiting of list) waiting.decide(decision);
  }
}
