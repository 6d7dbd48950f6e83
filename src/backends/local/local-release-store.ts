/**
 * ReleaseStore over a folder (docs/architecture.md: locally "a folder holds the registry"). Layout:
 *
 *   refs/<encoded ref>                 the sha, created exclusively (atomic create-if-absent)
 *   releases/<id>/release.json         one release; the folder's mkdir allocates the id
 *   releases/<id>/asset-names/<name>   the asset id, claimed exclusively (unique asset names)
 *   assets/<id>/data, meta.json        content, then metadata last: no meta means not complete
 */
import { constants as fsConstants, createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  AlreadyExistsError,
  ConflictError,
  NotFoundError,
  describeAssetNameRule,
  isSafeAssetName,
  type AssetSource,
  type AssetTarget,
  type NewRelease,
  type Ref,
  type Release,
  type ReleaseAsset,
  type ReleaseStore,
} from '../seams.js';
import {
  allocateId,
  createFileExclusive,
  decodeSegment,
  encodeSegment,
  listDir,
  nowIso,
  readFileIfExists,
  writeFileAtomic,
} from './atomic-fs.js';
import { readAssetMeta, readReleaseRecord, type AssetMeta, type ReleaseRecord } from './local-records.js';

export class LocalReleaseStore implements ReleaseStore {
  constructor(private readonly root: string) {}

  private refFile(ref: string): string {
    return path.join(this.root, 'refs', encodeSegment(ref));
  }
  private releaseDir(id: number): string {
    return path.join(this.root, 'releases', String(id));
  }
  private assetDir(id: number): string {
    return path.join(this.root, 'assets', String(id));
  }

  async createRef(ref: string, sha: string): Promise<boolean> {
    return createFileExclusive(this.refFile(ref), sha);
  }

  async getRef(ref: string): Promise<Ref | undefined> {
    const sha = await readFileIfExists(this.refFile(ref));
    return sha === undefined ? undefined : { ref, sha };
  }

  async moveRef(ref: string, sha: string): Promise<void> {
    if ((await this.getRef(ref)) === undefined) throw new NotFoundError(`Ref ${ref} does not exist`);
    await writeFileAtomic(this.refFile(ref), sha);
  }

  async deleteRef(ref: string): Promise<boolean> {
    if ((await this.getRef(ref)) === undefined) return false;
    await fs.rm(this.refFile(ref), { force: true });
    return true;
  }

  async listRefs(prefix: string): Promise<Ref[]> {
    const names = (await listDir(path.join(this.root, 'refs')))
      .filter((entry) => !entry.startsWith('.'))
      .map(decodeSegment)
      .filter((ref) => ref.startsWith(prefix))
      .sort();
    const refs = await Promise.all(names.map((ref) => this.getRef(ref)));
    return refs.filter((ref): ref is Ref => ref !== undefined);
  }

  async createDraft(release: NewRelease): Promise<Release> {
    const id = await allocateId(path.join(this.root, 'releases'));
    const record: ReleaseRecord = {
      id,
      tag: release.tag,
      name: release.name ?? release.tag,
      body: release.body ?? '',
      draft: true,
      prerelease: release.prerelease ?? false,
      targetCommitish: release.targetCommitish ?? 'main',
      createdAt: nowIso(),
      publishedAt: null,
    };
    await this.writeRecord(record);
    return { ...record, assets: [] };
  }

  async getRelease(releaseId: number): Promise<Release | undefined> {
    const record = await readReleaseRecord(path.join(this.releaseDir(releaseId), 'release.json'));
    return record && { ...record, assets: await this.assetsOf(releaseId) };
  }

  async uploadAsset(releaseId: number, name: string, source: AssetSource, contentType = 'application/octet-stream'): Promise<ReleaseAsset> {
    // The same rule as on read (seams.ts): a name outside GitHub's set is the caller's bug.
    if (!isSafeAssetName(name)) throw new RangeError(`Invalid asset name ${describeAssetNameRule(name)}`);
    if ((await this.getRelease(releaseId)) === undefined) throw new NotFoundError(`Release ${releaseId} does not exist`);
    const id = await allocateId(path.join(this.root, 'assets'));
    const claim = path.join(this.releaseDir(releaseId), 'asset-names', encodeSegment(name));
    if (!(await createFileExclusive(claim, String(id)))) {
      await fs.rm(this.assetDir(id), { recursive: true, force: true });
      throw new AlreadyExistsError(`Release ${releaseId} already has an asset named ${name}`);
    }
    const data = path.join(this.assetDir(id), 'data');
    let moved = false;
    try {
      // A file given away is renamed into place; another is copied by the kernel (copy_file_range, or a
      // reflink where the filesystem has them): a model of gigabytes does not pass through this process.
      if ('path' in source && source.move) moved = await fs.rename(source.path, data).then(() => true, (error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? false : Promise.reject(error)));
      if ('path' in source && !moved) await fs.copyFile(source.path, data, fsConstants.COPYFILE_FICLONE);
      else if (!('path' in source)) await pipeline(source.stream, createWriteStream(data));
      const { size } = await fs.stat(data);
      const meta: AssetMeta = { id, releaseId, name, size, contentType };
      await writeFileAtomic(path.join(this.assetDir(id), 'meta.json'), JSON.stringify(meta));
      return { id, name, size, contentType };
    } catch (error) {
      // Leave nothing half-made behind: the name becomes free again, a moved file goes back.
      if (moved && 'path' in source) await fs.rename(data, source.path).catch(() => undefined);
      await fs.rm(claim, { force: true });
      await fs.rm(this.assetDir(id), { recursive: true, force: true });
      throw error;
    }
  }

  async downloadAsset(assetId: number, target: AssetTarget): Promise<void> {
    if ((await this.assetMeta(assetId)) === undefined) throw new NotFoundError(`Asset ${assetId} does not exist`);
    const output = 'path' in target ? createWriteStream(target.path) : target.stream;
    await pipeline(createReadStream(path.join(this.assetDir(assetId), 'data')), output);
  }

  async publish(releaseId: number): Promise<Release> {
    const release = await this.getRelease(releaseId);
    if (release === undefined) throw new NotFoundError(`Release ${releaseId} does not exist`);
    if (!release.draft) return release;
    const head = await this.getRef(`heads/${release.targetCommitish}`);
    await this.createRef(`tags/${release.tag}`, head?.sha ?? release.targetCommitish);
    const { assets, ...record } = release;
    const published = { ...record, draft: false, publishedAt: nowIso() };
    await this.writeRecord(published);
    return { ...published, assets };
  }

  async getByTag(tag: string): Promise<Release | undefined> {
    for await (const release of this.list()) {
      if (release.tag === tag && !release.draft) return release;
    }
    return undefined;
  }

  async *list(): AsyncIterable<Release> {
    const ids = (await listDir(path.join(this.root, 'releases'))).map(Number).filter(Number.isInteger);
    for (const id of ids.sort((a, b) => b - a)) {
      const release = await this.getRelease(id);
      if (release) yield release;
    }
  }

  async deleteDraft(releaseId: number): Promise<void> {
    const release = await this.getRelease(releaseId);
    if (release === undefined) throw new NotFoundError(`Release ${releaseId} does not exist`);
    if (!release.draft) throw new ConflictError(`Release ${release.tag} is published; published releases are immutable`);
    for (const asset of release.assets) await this.deleteAsset(asset.id);
    await fs.rm(this.releaseDir(releaseId), { recursive: true, force: true });
  }

  async deleteAsset(assetId: number): Promise<void> {
    const meta = await this.assetMeta(assetId);
    if (meta === undefined) throw new NotFoundError(`Asset ${assetId} does not exist`);
    await fs.rm(path.join(this.releaseDir(meta.releaseId), 'asset-names', encodeSegment(meta.name)), { force: true });
    await fs.rm(this.assetDir(assetId), { recursive: true, force: true });
  }

  private async writeRecord(record: ReleaseRecord): Promise<void> {
    await writeFileAtomic(path.join(this.releaseDir(record.id), 'release.json'), JSON.stringify(record, null, 2));
  }

  private assetMeta(assetId: number): Promise<AssetMeta | undefined> {
    return readAssetMeta(path.join(this.assetDir(assetId), 'meta.json'));
  }

  private async assetsOf(releaseId: number): Promise<ReleaseAsset[]> {
    const claims = await listDir(path.join(this.releaseDir(releaseId), 'asset-names'));
    const assets: ReleaseAsset[] = [];
    for (const claim of claims.filter((entry) => !entry.startsWith('.'))) {
      const id = Number(await readFileIfExists(path.join(this.releaseDir(releaseId), 'asset-names', claim)));
      const meta = Number.isInteger(id) ? await this.assetMeta(id) : undefined;
      // An asset without meta.json is still being written by someone: not visible yet.
      if (meta) assets.push({ id: meta.id, name: meta.name, size: meta.size, contentType: meta.contentType });
    }
    return assets.sort((a, b) => a.id - b.id);
  }
}
