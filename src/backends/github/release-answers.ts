/** Release, asset and ref answers of the REST API, narrowed to the seam's types. */
import { describeAssetNameRule, isSafeAssetName, type Ref, type Release, type ReleaseAsset } from '../seams.js';
import { Fields, UnexpectedAnswerError } from './answers.js';

export function toAsset(value: unknown): ReleaseAsset & { state: string } {
  const f = new Fields(value, 'a release asset');
  const name = f.string('name');
  // GitHub renames every asset into this set; another name is not GitHub's answer, and it would
  // become a file name on download (`../x`).
  if (!isSafeAssetName(name)) throw new UnexpectedAnswerError('a release asset', `field "name" is not an asset name GitHub keeps: ${describeAssetNameRule(name)}`);
  return { id: f.number('id'), name, size: f.number('size'), contentType: f.string('content_type'), state: f.optionalString('state', 'uploaded') };
}

export function toRelease(value: unknown): Release & { uploadUrl: string } {
  const f = new Fields(value, 'a release');
  const tag = f.string('tag_name');
  return {
    id: f.number('id'),
    tag,
    name: f.optionalString('name', tag),
    body: f.optionalString('body', ''),
    draft: f.boolean('draft'),
    prerelease: f.boolean('prerelease'),
    targetCommitish: f.string('target_commitish'),
    createdAt: f.string('created_at'),
    publishedAt: f.nullableString('published_at'),
    // GitHub's immutable releases; older GitHub Enterprise Servers do not send the field.
    immutable: f.boolean('immutable', false),
    assets: f.array('assets').map((asset) => {
      const { state: _state, ...rest } = toAsset(asset);
      return rest;
    }),
    uploadUrl: f.string('upload_url'),
  };
}

/** The seam's Release without transport details. */
export function publicRelease(release: Release & { uploadUrl?: string }): Release {
  const { uploadUrl: _uploadUrl, ...rest } = release;
  return rest;
}

export function toRef(value: unknown): Ref {
  const f = new Fields(value, 'a git ref');
  const object = new Fields(f.raw('object'), 'a git ref object');
  return { ref: f.string('ref').replace(/^refs\//, ''), sha: object.string('sha') };
}
