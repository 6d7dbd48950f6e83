/**
 * Release assets. Uploads go to a separate path (the release's upload_url, like uploads.github.com)
 * with the raw body; a taken name is 422 already_exists. Downloads with Accept octet-stream answer
 * 302 to a signed object URL served without authentication, as GitHub's CDN does. The assets of an
 * immutable release (releases.ts) are locked: uploading to it and deleting one answer 422. An asset
 * over `state.maxAssetBytes` is answered 422 with GitHub's own error (docs/platform.md "Limits").
 */
import { createHmac } from 'node:crypto';
import { ApiError, notFound, validationFailed, type Ctx } from '../http.js';
import { paginate } from '../pagination.js';
import { api, type Route } from '../router.js';
import { assetJson } from '../shapes.js';
import { timestamp, type AssetRecord } from '../state.js';

const SIGNING_KEY = 'emulator';

function signature(id: number): string {
  return createHmac('sha256', SIGNING_KEY).update(String(id)).digest('hex').slice(0, 16);
}

function findAsset(ctx: Ctx): AssetRecord {
  const asset = ctx.repo().assets.get(ctx.id('asset_id'));
  if (!asset) throw notFound();
  return asset;
}

export const assetRoutes: Route[] = [
  {
    method: 'POST',
    path: '/api/uploads/repos/{owner}/{repo}/releases/{release_id}/assets',
    operation: 'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
    handle: (ctx) => {
      const repo = ctx.repo();
      const release = repo.releases.get(ctx.id('release_id'));
      if (!release) throw notFound();
      if (release.immutable) throw new ApiError(422, 'Cannot upload assets to an immutable release');
      const name = ctx.url.searchParams.get('name');
      if (!name) throw validationFailed({ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' });
      const contentType = ctx.headers['content-type'];
      if (!contentType) throw new ApiError(400, 'Content-Type header is required');
      if (ctx.raw.length > ctx.state.maxAssetBytes) {
        throw validationFailed({ resource: 'ReleaseAsset', code: 'custom', field: 'size', message: `size must be less than or equal to ${ctx.state.maxAssetBytes}` });
      }
      const taken = [...repo.assets.values()].some((asset) => asset.releaseId === release.id && asset.name === name);
      if (taken) throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
      const now = timestamp();
      const asset: AssetRecord = {
        id: ctx.state.nextId(),
        releaseId: release.id,
        name,
        label: ctx.url.searchParams.get('label'),
        contentType,
        data: ctx.raw,
        state: 'uploaded',
        downloadCount: 0,
        uploader: ctx.state.actor,
        createdAt: now,
        updatedAt: now,
      };
      repo.assets.set(asset.id, asset);
      return { status: 201, body: assetJson(repo, asset, ctx.links) };
    },
  },

  api('GET', '/repos/{owner}/{repo}/releases/{release_id}/assets', (ctx) => {
    const repo = ctx.repo();
    const releaseId = ctx.id('release_id');
    if (!repo.releases.has(releaseId)) throw notFound();
    const assets = [...repo.assets.values()].filter((asset) => asset.releaseId === releaseId).sort((a, b) => a.id - b.id);
    return paginate(ctx, assets.map((asset) => assetJson(repo, asset, ctx.links)));
  }),

  api('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (ctx) => {
    const asset = findAsset(ctx);
    if (ctx.headers.accept?.includes('application/octet-stream')) {
      const location = `${ctx.links.api}/_objects/assets/${asset.id}?sig=${signature(asset.id)}`;
      return { status: 302, headers: { location } };
    }
    return { status: 200, body: assetJson(ctx.repo(), asset, ctx.links) };
  }),

  api('DELETE', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (ctx) => {
    const asset = findAsset(ctx);
    if (ctx.repo().releases.get(asset.releaseId)?.immutable) throw new ApiError(422, 'Cannot delete assets of an immutable release');
    ctx.repo().assets.delete(asset.id);
    return { status: 204 };
  }),

  {
    method: 'GET',
    path: '/_objects/assets/{asset_id}',
    public: true,
    handle: (ctx) => {
      const id = ctx.id('asset_id');
      const found = ctx.state.findAsset(id);
      if (!found || ctx.url.searchParams.get('sig') !== signature(id)) throw new ApiError(403, 'Request has expired or the signature does not match');
      found.asset.downloadCount++;
      return {
        status: 200,
        raw: found.asset.data,
        headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename=${found.asset.name}` },
      };
    },
  },
];
