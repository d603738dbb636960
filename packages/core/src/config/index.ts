export * from './schema.js';
export { DEFAULT_CONFIG, DEFAULT_MEDIUMS, DEFAULT_NAMING_PATTERN } from './defaults.js';
export { parseConfig } from './parse.js';
