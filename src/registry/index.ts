/** The model registry over a ReleaseStore (see registry.ts for the design). */
export { ModelRegistry, isTransientFailure } from './registry.js';
export type { AliasMove, ListFilter, ModelVersion, RegisterFile, RegisterInput, RegisterResult, RegistryOptions, VersionSelector } from './registry.js';
export { MANIFEST_SCHEMA_VERSION, ManifestError, contentDigestOf, manifestFromBody, parseManifest, releaseBody } from './manifest.js';
export type { Manifest, ManifestAsset, ManifestGate, ManifestRun, ManifestSignature, ManifestSweep, ParamValue, SignatureField } from './manifest.js';
export {
  MODEL_NAME_PATTERN,
  RESERVED_ALIASES,
  RegistryError,
  RegistryNameError,
  isReservedAlias,
  parseVersionTag,
  validateAlias,
  validateModelName,
  validateVersion,
  versionTag,
} from './names.js';
