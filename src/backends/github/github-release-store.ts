/**
 * ReleaseStore over GitHub releases and git refs (docs/platform.md "Releases as storage"): refs are
 * allocated with POST git/refs (422 when taken), assets go to a draft's upload_url and the draft is
 * published with make_latest "false" so models never become the repository's Latest release.
 */
import { promises as fs, createWriteStream, openAsBlob } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadableStream } from 'node:stream/web';
import {
  AlreadyExistsError,
  ConflictError,
  ImmutableReleaseError,
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
import { UserError } from '../../shared/errors.js';
import { makeScratchDir } from '../../shared/scratch-dir.js';
import type { Logger } from '../../shared/logger.js';
import { asArray, UnexpectedAnswerError } from './answers.js';
import { GitHubApiError, toGitHubApiError } from './api-errors.js';
import type { Octokit } from './octokit.js';
import { NO_PLUGIN_RETRY, writeWithRecovery, type RecoveryOptions } from './recovery.js';
import { publicRelease, toAsset, toRef, toRelease } from './release-answers.js';
import { errorMessage, httpStatus, orUndefined, validationCodes, validationErrors } from './request-errors.js';

export interface GitHubRepoOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  recovery?: RecoveryOptions;
  /** Attempts of a download into a file that is cut off mid-body; default 4. */
  downloadAttempts?: number;
  /** Where a retried download is noted. */
  log?: Logger;
}

export class GitHubReleaseStore implements ReleaseStore {
  private readonly octokit: Octokit;
  private readonly repoParams: { owner: string; repo: string };

  constructor(private readonly options: GitHubRepoOptions) {
    this.octokit = options.octokit;
    this.repoParams = { owner: options.owner, repo: options.repo };
  }

  async createRef(ref: string, sha: string): Promise<boolean> {
    return writeWithRecovery(
      async () => {
        try {
          await this.octokit.rest.git.createRef({ ...this.repoParams, ref: `refs/${ref}`, sha, request: NO_PLUGIN_RETRY });
          return true;
        } catch (error) {
          if (httpStatus(error) === 422 && /already exists/i.test(errorMessage(error))) return false;
          throw error;
        }
      },
      // The answer was lost: if the ref exists now, we cannot know who made it, so we do not claim it.
      async () => ((await this.getRef(ref)) === undefined ? undefined : false),
      this.options.recovery,
    );
  }

  async getRef(ref: string): Promise<Ref | undefined> {
    const response = await orUndefined(this.octokit.rest.git.getRef({ ...this.repoParams, ref }));
    return response && toRef(response.data);
  }

  async moveRef(ref: string, sha: string): Promise<void> {
    try {
      await this.octokit.rest.git.updateRef({ ...this.repoParams, ref, sha, force: true });
    } catch (error) {
      if (httpStatus(error) === 422 && /does not exist/i.test(errorMessage(error))) throw new NotFoundError(`Ref ${ref} does not exist`, { cause: error });
      throw error;
    }
  }

  async deleteRef(ref: string): Promise<boolean> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.repoParams, ref });
      return true;
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404 || (status === 422 && /does not exist/i.test(errorMessage(error)))) return false;
      throw error;
    }
  }

  async listRefs(prefix: string): Promise<Ref[]> {
    const response = await this.octokit.rest.git.listMatchingRefs({ ...this.repoParams, ref: prefix });
    return asArray(response.data, 'matching refs').map(toRef).sort((a, b) => a.ref.localeCompare(b.ref));
  }

  async createDraft(release: NewRelease): Promise<Release> {
    const response = await this.octokit.rest.repos.createRelease({
      ...this.repoParams,
      tag_name: release.tag,
      name: release.name ?? release.tag,
      body: release.body ?? '',
      target_commitish: release.targetCommitish,
      prerelease: release.prerelease ?? false,
      draft: true,
      make_latest: 'false',
    });
    return publicRelease(toRelease(response.data));
  }

  async getRelease(releaseId: number): Promise<Release | undefined> {
    const release = await this.fetchRelease(releaseId);
    return release && publicRelease(release);
  }

  async uploadAsset(releaseId: number, name: string, source: AssetSource, contentType = 'application/octet-stream'): Promise<ReleaseAsset> {
    // The same rule as on read (seams.ts): a name outside GitHub's set is the caller's bug.
    if (!isSafeAssetName(name)) throw new RangeError(`Invalid asset name ${describeAssetNameRule(name)}`);
    const release = await this.fetchRelease(releaseId);
    if (release === undefined) throw new NotFoundError(`Release ${releaseId} does not exist`);
    if (release.immutable) throw immutableError(`Release ${release.tag}`, `cannot take the asset ${name}`);
    if ('path' in source) return this.uploadFile(release.uploadUrl, releaseId, name, source.path, contentType);
    // A stream cannot be re-read for a retry and GitHub needs its length up front: spool it to disk.
    const scratch = await makeScratchDir('mlops-upload-');
    try {
      const file = path.join(scratch.path, 'asset');
      await pipeline(source.stream, createWriteStream(file));
      return await this.uploadFile(release.uploadUrl, releaseId, name, file, contentType);
    } finally {
      await scratch.dispose();
    }
  }

  private async uploadFile(uploadUrl: string, releaseId: number, name: string, file: string, contentType: string): Promise<ReleaseAsset> {
    const size = (await fs.stat(file)).size;
    return writeWithRecovery(
      async () => {
        try {
          // openAsBlob reads the file lazily, so a retry re-reads it and nothing is held in memory.
          const response = await this.octokit.request({
            method: 'POST',
            url: uploadUrl,
            name,
            data: await openAsBlob(file),
            headers: { 'content-type': contentType, 'content-length': String(size) },
            request: NO_PLUGIN_RETRY,
          });
          const { state: _state, ...asset } = toAsset(response.data);
          return asset;
        } catch (error) {
          if (httpStatus(error) === 422 && validationCodes(error).includes('already_exists')) {
            throw new AlreadyExistsError(`Release ${releaseId} already has an asset named ${name}`, { cause: error });
          }
          if (isImmutableRefusal(error)) throw immutableError(`Release ${releaseId}`, `cannot take the asset ${name}`, error);
          const tooLarge = httpStatus(error) === 422 ? validationErrors(error).find((entry) => entry.field === 'size') : undefined;
          if (tooLarge) {
            // docs/platform.md "Limits": an asset is under 2 GiB; GitHub answers 422 on `size`.
            throw new UserError(`GitHub refused the asset ${name} (${size} bytes) of release ${releaseId}: ${tooLarge.message ?? 'its size is not accepted'}.`, {
              cause: error,
              hint: "Release assets must be under 2 GiB (GitHub's limit): register the model with register-model, which stores a larger model in ordered parts.",
            });
          }
          throw error;
        }
      },
      async () => {
        // A failed upload can leave a half-made asset that blocks the name: take it away. A complete
        // asset of the right size is the one this call sent before its answer was lost.
        const existing = (await this.listAssets(releaseId)).find((asset) => asset.name === name);
        if (existing === undefined) return undefined;
        if (existing.state === 'uploaded' && existing.size === size) {
          const { state: _state, ...asset } = existing;
          return asset;
        }
        await this.deleteAsset(existing.id);
        return undefined;
      },
      this.options.recovery,
    );
  }

  /**
   * Streams an asset. A download cut off mid-body (the connection dropped: `terminated`) is run
   * again from the start into a path target, up to `downloadAttempts` times; the caller verifies the
   * digest of what arrived. A stream target cannot take back bytes it was given, so there the cut
   * is reported as a GitHubApiError with status 500 (transient): the caller may retry with a fresh
   * stream (the registry's steps do).
   */
  async downloadAsset(assetId: number, target: AssetTarget): Promise<void> {
    const attempts = 'path' in target ? (this.options.downloadAttempts ?? 4) : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.downloadOnce(assetId, 'path' in target ? createWriteStream(target.path) : target.stream);
        return;
      } catch (error) {
        const reported = toGitHubApiError(error, { method: 'GET', url: `${this.apiUrl()}/repos/${this.repoParams.owner}/${this.repoParams.repo}/releases/assets/${assetId}` }, this.apiUrl());
        if (!(reported instanceof GitHubApiError) || reported.status !== 500 || reported.response !== undefined || attempt >= attempts) throw reported;
        this.options.log?.warning(`The download of asset ${assetId} was cut off (${reported.message}); downloading it again (attempt ${attempt + 1} of ${attempts}).`);
        await new Promise((resolve) => setTimeout(resolve, (this.options.recovery?.backoffMs ?? 1000) * attempt));
      }
    }
  }

  private apiUrl(): string {
    return String(this.octokit.request.endpoint.DEFAULTS.baseUrl).replace(/\/$/, '');
  }

  private async downloadOnce(assetId: number, output: NodeJS.WritableStream): Promise<void> {
    let body: unknown;
    try {
      // Answered 302 to a signed URL (or 200); fetch follows the redirect. The body is streamed.
      const response = await this.octokit.rest.repos.getReleaseAsset({
        ...this.repoParams,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
      });
      body = response.data;
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`Asset ${assetId} does not exist`, { cause: error });
      throw error;
    }
    if (!(body instanceof ReadableStream)) throw new UnexpectedAnswerError('an asset download', 'no body stream');
    await pipeline(Readable.fromWeb(body), output);
  }

  async publish(releaseId: number): Promise<Release> {
    try {
      const response = await this.octokit.rest.repos.updateRelease({ ...this.repoParams, release_id: releaseId, draft: false, make_latest: 'false' });
      return publicRelease(toRelease(response.data));
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`Release ${releaseId} does not exist`, { cause: error });
      throw error;
    }
  }

  async getByTag(tag: string): Promise<Release | undefined> {
    const response = await orUndefined(this.octokit.rest.repos.getReleaseByTag({ ...this.repoParams, tag }));
    return response && publicRelease(toRelease(response.data));
  }

  async *list(): AsyncIterable<Release> {
    const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, { ...this.repoParams, per_page: 100 });
    for await (const page of pages) {
      for (const release of asArray(page.data, 'a page of releases')) yield publicRelease(toRelease(release));
    }
  }

  async deleteDraft(releaseId: number): Promise<void> {
    const release = await this.fetchRelease(releaseId);
    if (release === undefined) throw new NotFoundError(`Release ${releaseId} does not exist`);
    if (!release.draft) throw new ConflictError(`Release ${release.tag} is published; published releases are immutable`);
    await this.octokit.rest.repos.deleteRelease({ ...this.repoParams, release_id: releaseId });
  }

  async deleteAsset(assetId: number): Promise<void> {
    try {
      await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repoParams, asset_id: assetId });
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`Asset ${assetId} does not exist`, { cause: error });
      if (isImmutableRefusal(error)) throw immutableError(`The release of asset ${assetId}`, 'cannot lose an asset', error);
      throw error;
    }
  }

  private async fetchRelease(releaseId: number) {
    const response = await orUndefined(this.octokit.rest.repos.getRelease({ ...this.repoParams, release_id: releaseId }));
    return response && toRelease(response.data);
  }

  private async listAssets(releaseId: number) {
    const assets = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, { ...this.repoParams, release_id: releaseId, per_page: 100 });
    return asArray(assets, 'release assets').map(toAsset);
  }
}

/** GitHub's 422 for a change an immutable release does not allow ("Cannot upload assets to an immutable release"). */
function isImmutableRefusal(error: unknown): boolean {
  return httpStatus(error) === 422 && /immutable release/i.test(errorMessage(error));
}

function immutableError(subject: string, what: string, cause?: unknown): ImmutableReleaseError {
  return new ImmutableReleaseError(
    `${subject} is immutable and ${what}: the repository has immutable releases on, so a published release keeps its assets and tag`,
    { cause },
  );
}
