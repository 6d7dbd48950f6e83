/** CommentSink over files (docs/architecture.md: locally "the report is a markdown file"): one file per key. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { commentMarker, type CommentResult, type CommentSink } from '../seams.js';
import { isErrno, readFileIfExists, writeFileAtomic } from './atomic-fs.js';

export class LocalCommentSink implements CommentSink {
  constructor(private readonly directory: string) {}

  private file(key: string): string {
    commentMarker(key); // validates the key, which becomes a file name
    return path.join(this.directory, `${key}.md`);
  }

  async upsert(key: string, body: string): Promise<CommentResult> {
    const file = this.file(key);
    const existed = await fs.access(file).then(
      () => true,
      (error: unknown) => {
        if (isErrno(error, 'ENOENT')) return false;
        throw error;
      },
    );
    await writeFileAtomic(file, body);
    return { created: !existed, location: file };
  }

  read(key: string): Promise<string | undefined> {
    return readFileIfExists(this.file(key));
  }
}
