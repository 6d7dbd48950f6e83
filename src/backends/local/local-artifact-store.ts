/**
 * ArtifactStore over a folder: `artifacts/<name>/` holds the files. An artifact is assembled in a
 * staging folder and renamed into place, so it appears complete or not at all, and the rename
 * fails when the name is taken (names are immutable, as with workflow artifacts).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AlreadyExistsError, NotFoundError, type ArtifactInfo, type ArtifactStore } from '../seams.js';
import { decodeSegment, encodeSegment, isErrno, listDir } from './atomic-fs.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function totalSize(files: string[]): Promise<number> {
  const stats = await Promise.all(files.map((file) => fs.stat(file)));
  return stats.reduce((sum, stat) => sum + stat.size, 0);
}

export class LocalArtifactStore implements ArtifactStore {
  constructor(private readonly directory: string) {}

  private folder(name: string): string {
    return path.join(this.directory, encodeSegment(name));
  }

  async upload(name: string, files: string[], rootDirectory: string): Promise<ArtifactInfo> {
    const staging = path.join(this.directory, `.staging-${randomBytes(6).toString('hex')}`);
    try {
      for (const file of files) {
        const relative = path.relative(rootDirectory, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) throw new RangeError(`${file} is outside ${rootDirectory}`);
        await fs.mkdir(path.dirname(path.join(staging, relative)), { recursive: true });
        await fs.copyFile(file, path.join(staging, relative));
      }
      await fs.mkdir(staging, { recursive: true }); // an artifact may be empty
      const size = await totalSize(await filesUnder(staging));
      try {
        await fs.rename(staging, this.folder(name));
      } catch (error) {
        if (isErrno(error, 'ENOTEMPTY') || isErrno(error, 'EEXIST')) throw new AlreadyExistsError(`An artifact named ${name} already exists`);
        throw error;
      }
      return { name, size };
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }

  async download(name: string, destination: string): Promise<string[]> {
    const source = this.folder(name);
    const files = await filesUnder(source).catch((error: unknown) => {
      if (isErrno(error, 'ENOENT')) throw new NotFoundError(`No artifact named ${name}`);
      throw error;
    });
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(destination, path.relative(source, file));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(file, target);
      written.push(target);
    }
    return written.sort();
  }

  async list(): Promise<ArtifactInfo[]> {
    const names = (await listDir(this.directory)).filter((entry) => !entry.startsWith('.')).sort();
    return Promise.all(
      names.map(async (entry) => ({ name: decodeSegment(entry), size: await totalSize(await filesUnder(path.join(this.directory, entry))) })),
    );
  }
}
