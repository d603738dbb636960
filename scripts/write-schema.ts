// Writes packages/core/plan.schema.json, the plan format as JSON Schema for integrators.
import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from './plan-json-schema.js';

writeFileSync(new URL('../packages/core/plan.schema.json', import.meta.url), planJsonSchemaText());
