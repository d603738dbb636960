/**
 * A plan as a Yjs document, for team plans: the mapping both ways, validated at each edge.
 * No DOM and no network: the server and the browser's sync client both build on it.
 */
export { readDoc, docToRaw, isEmptyDoc, type DocRead } from './read.js';
export { writePlan, type WriteResult } from './write.js';
export { repairDoc, type RepairResult } from './repair.js';
export { describeChanges, fieldWords, valueWords, type PlanChangeEntry } from './changes.js';
export { RECORD_LIST_NAMES, type RecordList } from './shape.js';
export { readTokenClaims, tokenTag, type TokenClaims } from './token-claims.js';
