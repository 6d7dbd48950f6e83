/** The run record (docs/architecture.md "The run record"): types, checked readers, one writer per part. */
export * from './types.js';
export { RecordError, readPart, readPartIfPresent, readRecord, recordPath, writePart, type LocatedPart } from './record-file.js';
export { SWEEP_RECORD_FILE, readProfileFiles, readSweepFolder } from './lineage.js';
export { sweepPartFor, writeDataPart, writeDeployPart, writeGatePart, writeRegisterPart, writeSweepPart } from './writers.js';
