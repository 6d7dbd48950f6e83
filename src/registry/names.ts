/**
 * Names in the registry: model names (the same rule as `name:` in mlops.yml), version tags
 * `<name>/v<N>` and aliases. Every name ends up inside a git ref (`refs/tags/<name>/...`), so the
 * rules also keep git's ref-format rules (no `..`, no `.lock` component).
 *
 * The refs the registry keeps under `refs/tags/<name>/` (see registry.ts for what each is for):
 *
 *   v<N>                          the version's tag; created first, it allocates N (atomic)
 *   latest/v<N>                   "latest" pointer, highest N wins
 *   alias/<alias>/<seq>-v<N>      alias pointer, highest seq wins; older ones kept (history)
 *   alias-log/<alias>/<seq>       claims seq atomically; its release holds who/when/from/to
 *   alias/<alias>/<seq>-none      alias removed (unassigned) by move seq
 *   deprecated/v<N>               version N is deprecated; its release holds who/when/why
 *   run/<sha256(key)[:40]>/v<N>   idempotency key index
 *   content/<digest[:40]>/v<N>    content digest index (dedupeByContent)
 */
import { createHash } from 'node:crypto';
import { UserError } from '../shared/errors.js';

/** A model name, alias or version that breaks the rules. */
export class RegistryNameError extends UserError {}

/** A registry operation that cannot be done as asked (unknown version, alias, exhausted attempts). */
export class RegistryError extends UserError {}

const MODEL_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function gitSafe(kind: string, value: string): void {
  if (value.includes('..')) throw new RegistryNameError(`Invalid ${kind} "${value}": ".." is not allowed in a git tag`, { hint: `Rename the ${kind} without "..".` });
  if (value.endsWith('.lock') || value.endsWith('.')) {
    throw new RegistryNameError(`Invalid ${kind} "${value}": a git tag component cannot end with ".lock" or "."`, { hint: `Rename the ${kind}.` });
  }
}

export function validateModelName(name: unknown): string {
  if (typeof name !== 'string' || !MODEL_NAME_PATTERN.test(name)) {
    throw new RegistryNameError(`Invalid model name ${JSON.stringify(name)}: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`, {
      hint: 'Set `name:` in mlops.yml to something like "churn-model".',
    });
  }
  gitSafe('model name', name);
  return name;
}

const RESERVED_ALIASES = ['latest'] as const;

/** `latest` and `v<digits>` are reserved: they would be ambiguous with get(name, 'latest') and versions. */
export function isReservedAlias(alias: string): boolean {
  return (RESERVED_ALIASES as readonly string[]).includes(alias.toLowerCase()) || /^v\d+$/i.test(alias);
}

export function validateAlias(alias: unknown): string {
  if (typeof alias !== 'string' || !MODEL_NAME_PATTERN.test(alias)) {
    throw new RegistryNameError(`Invalid alias ${JSON.stringify(alias)}: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`, {
      hint: 'Use an alias like "production" or "staging".',
    });
  }
  if (isReservedAlias(alias)) {
    throw new RegistryNameError(`Alias "${alias}" is reserved ("latest" and "v<number>" name versions)`, { hint: 'Choose another alias, e.g. "production".' });
  }
  gitSafe('alias', alias);
  return alias;
}

export function validateVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new RegistryNameError(`Invalid version ${JSON.stringify(version)}: versions are whole numbers from 1`);
  }
  return version;
}

/** The release tag of a version: `churn-model/v3`. */
export function versionTag(name: string, version: number): string {
  return `${validateModelName(name)}/v${validateVersion(version)}`;
}

/** The version of a tag `<name>/v<N>`, or undefined when the tag is not a version tag of `name`. */
export function parseVersionTag(name: string, tag: string): number | undefined {
  const prefix = `${name}/v`;
  if (!tag.startsWith(prefix)) return undefined;
  const rest = tag.slice(prefix.length);
  return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined;
}

/** Ref names (without `refs/`) of the registry's bookkeeping. */
export const refs = {
  version: (name: string, version: number) => `tags/${versionTag(name, version)}`,
  versionPrefix: (name: string) => `tags/${name}/v`,
  latestPrefix: (name: string) => `tags/${name}/latest/`,
  latest: (name: string, version: number) => `tags/${name}/latest/v${version}`,
  aliasPrefix: (name: string, alias: string) => `tags/${name}/alias/${alias}/`,
  alias: (name: string, alias: string, seq: number, version: number) => `tags/${name}/alias/${alias}/${String(seq).padStart(6, '0')}-v${version}`,
  aliasRemoved: (name: string, alias: string, seq: number) => `tags/${name}/alias/${alias}/${String(seq).padStart(6, '0')}-none`,
  deprecatedPrefix: (name: string) => `tags/${name}/deprecated/`,
  deprecated: (name: string, version: number) => `tags/${name}/deprecated/v${version}`,
  aliasLogPrefix: (name: string, alias: string) => `tags/${name}/alias-log/${alias}/`,
  aliasLog: (name: string, alias: string, seq: number) => `tags/${name}/alias-log/${alias}/${String(seq).padStart(6, '0')}`,
  runPrefix: (name: string, key: string) => `tags/${name}/run/${shortHash(key)}/`,
  contentPrefix: (name: string, digest: string) => `tags/${name}/content/${shortHash(digest)}/`,
};

/** A 40-hex-digit hash that is always a valid ref component, whatever the key contains. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 40);
}

/** The trailing `v<N>` of an index ref (`.../latest/v3`, `.../run/<h>/v3`). */
export function trailingVersion(ref: string): number | undefined {
  const match = /\/v([1-9]\d*)$/.exec(ref);
  return match ? Number(match[1]) : undefined;
}

/** `<seq>-v<N>` of an alias pointer ref. */
export function parseAliasPointer(ref: string): { seq: number; version: number } | undefined {
  const match = /\/(\d+)-v([1-9]\d*)$/.exec(ref);
  return match ? { seq: Number(match[1]), version: Number(match[2]) } : undefined;
}

/** `<seq>` of an alias removal marker (`.../<seq>-none`). */
export function parseAliasRemoval(ref: string): number | undefined {
  const match = /\/(\d+)-none$/.exec(ref);
  return match ? Number(match[1]) : undefined;
}

/** The trailing `<seq>` of an alias-log ref. */
export function parseSeq(ref: string): number | undefined {
  const match = /\/(\d+)$/.exec(ref);
  return match ? Number(match[1]) : undefined;
}
