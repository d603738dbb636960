import { fact } from '../platforms/dom.js';
import { from } from '../platforms/read.js';
import type { Level, ReadFact } from '../platforms/types.js';

/** A value an API gave, as a fact read through the API at its level; nothing for a value it left empty. */
export const apiFact = <T>(value: T | undefined | null, source: string, level: Level = 'campaign'): ReadFact<T> | undefined =>
  value === undefined || value === null || value === '' ? undefined : from(fact(value, source, 1), level, 'api');

/** A loader's failure as the problem a source gives: the connector's request did not get an answer. */
export const unreachable = (api: string, error: unknown) => ({ problem: `${api} could not be reached (${error instanceof Error ? error.message : String(error)}).` });
