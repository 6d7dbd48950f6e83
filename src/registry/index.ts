/** The model registry over a ReleaseStore (see registry.ts for the design). */
export { ModelRegistry } from './registry.js';
export type { RegisterFile, RegistryOptions } from './registry.js';
export { MANIFEST_SCHEMA_VERSION, ManifestError, contentDigestOf, manifestFromBody, parseManifest, releaseBody } from './manifest.js';
export type { Manifest } from './manifest.js';
export { RegistryError, RegistryNameError, isReservedAlias, parseVersionTag, validateAlias, validateModelName, versionTag } from './names.js';
