import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../shared/errors.js';
import { valueText } from '../../shared/format.js';
import { extractModel } from '../archive/extract.js';
import { AssetCheck, type VerifiedAsset } from '../archive/verify.js';
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
 * checked). An asset in parts is downloaded part by part, in order, each part checked as it arrives
 * and the whole once all are in (AssetCheck): a missing or corrupt part stops the download there.
 * Nothing is left in `dest` when a check fails.
 */
export async function downloadVersion(version: ModelVersion, dest: string, store: ReleaseStore): Promise<string[]> {
  const checks = version.manifest.assets.map((asset) => ({ asset, check: new AssetCheck(asset) }));
  // Every file must be on the release before a byte is downloaded.
  const ids = new Map<string, number>();
  for (const { asset, check } of checks) {
    check.names.forEach((name, index) => {
      const released = version.release.assets.find((a) => a.name === name);
      const what = asset.parts ? `${name} (part ${index + 1} of ${asset.parts.length} of ${asset.name})` : name;
      if (!released) throw new InputError(`Version ${version.tag} lists ${what} in its manifest, but the release has no such asset.`, { hint: 'The release was edited after registration; register the model again.' });
      ids.set(name, released.id);
    });
  }
  await mkdir(path.dirname(path.resolve(dest)), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(dest)), '.mlops-download-'));
  try {
    const verified: VerifiedAsset[] = [];
    for (const { check } of checks) {
      for (const name of check.names) {
        const file = path.join(staging, name);
        await store.downloadAsset(ids.get(name)!, { path: file });
        await check.add(file);
      }
      verified.push(check.finish());
    }
    const out: string[] = [];
    await mkdir(dest, { recursive: true });
    for (const [index, file] of verified.entries()) {
      const asset = version.manifest.assets[index];
      if (asset.name.endsWith('.tar.gz')) {
        const target = path.join(dest, asset.name.slice(0, -'.tar.gz'.length));
        // The asset with its declared `unpacked` sizes: extraction refuses an archive that holds more.
        await extractModel(file, target, asset, { name: asset.name });
        out.push(target);
      } else if (asset.parts) {
        await file.joinInto(path.join(dest, asset.name));
        out.push(path.join(dest, asset.name));
      } else {
        await rename(file.paths[0], path.join(dest, asset.name));
        out.push(path.join(dest, asset.name));
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
