import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../shared/errors.js';
import { valueText } from '../../shared/format.js';
import { extractModel } from '../archive/extract.js';
import { verifyFile } from '../archive/verify.js';
import type { ReleaseStore } from '../../backends/seams.js';
import type { ModelVersion, VersionSelector } from '../registry.js';

/** `NAME`, `NAME@alias`, `NAME@latest` or `NAME:3` (version 3). */
export function parseSelector(text: string): { name: string; selector: VersionSelector } {
  const at = text.indexOf('@');
  const colon = text.lastIndexOf(':');
  if (at > 0) {
    const alias = text.slice(at + 1);
    return { name: text.slice(0, at), selector: alias === 'latest' ? 'latest' : { alias } };
  }
  if (colon > 0) {
    const version = Number(text.slice(colon + 1).replace(/^v/, ''));
    if (!Number.isInteger(version) || version < 1) {
      throw new InputError(`"${text}" names no version: after ":" comes a version number.`, { hint: 'Write NAME:3, NAME@production or NAME.' });
    }
    return { name: text.slice(0, colon), selector: { version } };
  }
  return { name: text, selector: 'latest' };
}

/**
 * Downloads a version's files into `dest`: every asset of the manifest is checked against its size
 * and sha256 before anything uses it, and an archive is extracted only after that (with its paths
 * checked). Nothing is left in `dest` when a check fails.
 */
export async function downloadVersion(version: ModelVersion, dest: string, store: ReleaseStore): Promise<string[]> {
  await mkdir(path.dirname(path.resolve(dest)), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(dest)), '.mlops-download-'));
  try {
    const written: string[] = [];
    for (const asset of version.manifest.assets) {
      const released = version.release.assets.find((a) => a.name === asset.name);
      if (!released) throw new InputError(`Version ${version.tag} lists ${asset.name} in its manifest, but the release has no such asset.`, { hint: 'The release was edited after registration; register the model again.' });
      const file = path.join(staging, asset.name);
      await store.downloadAsset(released.id, { path: file });
      await verifyFile(file, { size: asset.size, sha256: asset.sha256 }, { name: asset.name });
      written.push(file);
    }
    const out: string[] = [];
    await mkdir(dest, { recursive: true });
    for (const file of written) {
      const name = path.basename(file);
      const asset = version.manifest.assets.find((a) => a.name === name)!;
      if (name.endsWith('.tar.gz')) {
        const target = path.join(dest, name.slice(0, -'.tar.gz'.length));
        // The asset with its declared `unpacked` sizes: extraction refuses an archive that holds more.
        await extractModel(file, target, asset, { name });
        out.push(target);
      } else {
        await rename(file, path.join(dest, name));
        out.push(path.join(dest, name));
      }
    }
    return out;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** A param or metric value in a table cell; `–` where a version has none. */
function shown(value: unknown): string {
  return value === undefined ? '–' : valueText(value);
}

/** Params and metrics of two versions side by side, for `mlops models diff`. */
export function diffRows(a: ModelVersion, b: ModelVersion): string[][] {
  const rows: string[][] = [];
  const section = (kind: string, x: Record<string, unknown>, y: Record<string, unknown>) => {
    for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      const left = x[key];
      const right = y[key];
      const delta = typeof left === 'number' && typeof right === 'number' ? String(Number((right - left).toPrecision(6))) : left === right ? '' : 'changed';
      rows.push([kind, key, shown(left), shown(right), delta]);
    }
  };
  section('metric', a.manifest.metrics, b.manifest.metrics);
  section('param', a.manifest.params, b.manifest.params);
  return rows;
}
