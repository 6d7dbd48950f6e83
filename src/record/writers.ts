/**
 * One writer per stage part: each turns what its stage produced into the part (paths made relative
 * to the record's folder) and merges it into the record file (record-file.ts writePart). The inputs
 * are structural, so src/record imports nothing of the stages: the stages import it.
 */
import { relativeTo, runOf, writePart } from './record-file.js';
import type { DataPart, DeployPart, GatePart, RecordDataFile, RegisterPart, RunRecord, SweepPart } from './types.js';

/** What validate-data's end-to-end run returns, as far as the data part needs it. */
export interface ValidateRunLike {
  report: {
    passed: boolean;
    failOn: DataPart['failOn'];
    errors: number;
    warnings: number;
    dataDigest: string;
    datasets: { name: string; files: RecordDataFile[] }[];
  };
  profilePath: string;
  reportPath: string;
}

const dataFiles = (files: RecordDataFile[]): RecordDataFile[] => files.map(({ path, sha256, bytes, rows }) => ({ path, sha256, bytes, rows }));

/** validate-data's part: digests, profile and report paths, the verdict. */
export function writeDataPart(file: string, run: ValidateRunLike, env: NodeJS.ProcessEnv): Promise<RunRecord> {
  const { report } = run;
  const evalFiles = report.datasets.filter((d) => d.name === 'eval').flatMap((d) => d.files);
  const part: DataPart = {
    writtenAt: new Date().toISOString(),
    run: runOf(env),
    passed: report.passed,
    failOn: report.failOn,
    errors: report.errors,
    warnings: report.warnings,
    dataDigest: report.dataDigest,
    files: dataFiles(report.datasets.filter((d) => d.name === 'train').flatMap((d) => d.files)),
    ...(evalFiles.length > 0 ? { evalFiles: dataFiles(evalFiles) } : {}),
    profile: relativeTo(file, run.profilePath),
    report: relativeTo(file, run.reportPath),
  };
  return writePart(file, 'data', part);
}

/**
 * A sweep part with absolute paths (as the sweep knows them) made relative to the folder of
 * `file`: the run record, or the sweep folder's own sweep-record.json.
 */
export function sweepPartFor(file: string, part: SweepPart): SweepPart {
  return {
    ...part,
    ...(part.best ? { best: { ...part.best, ...(part.best.outputDir ? { outputDir: relativeTo(file, part.best.outputDir) } : {}) } } : {}),
    ...(part.trialsTable ? { trialsTable: relativeTo(file, part.trialsTable) } : {}),
    ...(part.trialsJson ? { trialsJson: relativeTo(file, part.trialsJson) } : {}),
  };
}

/** train-and-sweep's part (paths absolute in `part`; stored relative to the record). */
export function writeSweepPart(file: string, part: SweepPart, env: NodeJS.ProcessEnv): Promise<RunRecord> {
  return writePart(file, 'sweep', { ...sweepPartFor(file, part), writtenAt: new Date().toISOString(), run: runOf(env) });
}

/** What register-model returns, as far as the register part needs it. */
export interface RegisterResultLike {
  version: number;
  tag: string;
  htmlUrl?: string;
  created: boolean;
  manifest: { name: string; contentDigest: string; assets: { name: string; size: number; sha256: string }[] };
}

/** register-model's part: the version, its tag and release, its files' digests. */
export function writeRegisterPart(file: string, result: RegisterResultLike, aliases: string[], env: NodeJS.ProcessEnv): Promise<RunRecord> {
  const part: RegisterPart = {
    writtenAt: new Date().toISOString(),
    run: runOf(env),
    name: result.manifest.name,
    version: result.version,
    tag: result.tag,
    releaseUrl: result.htmlUrl ?? null,
    created: result.created,
    contentDigest: result.manifest.contentDigest,
    files: result.manifest.assets.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    aliases,
  };
  return writePart(file, 'register', part);
}

/** evaluate-gate's part (the report path absolute in `part`; stored relative to the record). */
export function writeGatePart(file: string, part: Omit<GatePart, 'writtenAt' | 'run'>, env: NodeJS.ProcessEnv): Promise<RunRecord> {
  return writePart(file, 'gate', { ...part, ...(part.report ? { report: relativeTo(file, part.report) } : {}), writtenAt: new Date().toISOString(), run: runOf(env) });
}

/** deploy-env's part: the deployments this run made (a failed deploy and its rollback both). */
export function writeDeployPart(file: string, deployments: DeployPart['deployments'], env: NodeJS.ProcessEnv): Promise<RunRecord> {
  return writePart(file, 'deploy', { writtenAt: new Date().toISOString(), run: runOf(env), deployments });
}
