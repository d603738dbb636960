export * from './schema.js';
export * from './vocabulary.js';
export { parsePlan, parsePlanInSlices, parseListInSlices, type ParseOptions, type SliceOptions } from './parse.js';
export { migratePlan } from './migrations.js';
export { isId } from './primitives.js';
export { isIsoDate, isIsoDateTime } from '../time/iso-dates.js';
