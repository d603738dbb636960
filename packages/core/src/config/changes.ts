import { DEFAULT_CONFIG } from './defaults.js';
import type { RulesConfig, RulesConfigInput } from './schema.js';
import { isObject, type JsonObject as Json } from '../json/object.js';

function changes(config: Json, base: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(config)) {
    const was = base[key];
    if (isObject(value) && isObject(was) && key !== 'rules') {
      const inner = changes(value, was);
      if (Object.keys(inner).length) out[key] = inner;
    } else if (JSON.stringify(value) !== JSON.stringify(was)) out[key] = value;
  }
  return out;
}

/**
 * Only what a config changes from the defaults, as parseConfig reads it back (sections overlay,
 * lists and business hours replace): what an embed link or a snippet needs to carry.
 */
export function configChanges(config: RulesConfig, base: RulesConfig = DEFAULT_CONFIG): RulesConfigInput {
  return changes(config as unknown as Json, base as unknown as Json) as RulesConfigInput;
}
