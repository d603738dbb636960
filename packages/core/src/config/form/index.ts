/**
 * `@preflight/core/config-form`: the team-settings form, said once for every screen that edits the
 * rules config (the workspace, the extension's options): its fields by section, the values it
 * shows for a config, and the reader that turns what was typed into a config or every problem by
 * the field's label. No DOM: a renderer keeps the values and shows what this returns.
 */
export {
  PLATFORM_CHOICES,
  SECTION_HINTS,
  SECTION_TITLES,
  SETTINGS_FIELDS,
  SETTINGS_SECTIONS,
  WORKING_WEEK,
  fieldById,
  readSections,
  type FieldKind,
  type SettingsField,
  type SettingsFieldId,
  type SettingsSection,
} from './fields.js';
export { formValuesFrom, readSettingsForm, type FieldProblem, type SettingsFormResult, type SettingsFormValues } from './read.js';
export { browserTimeZone, formatUtcOffset, knownTimeZones, readUtcOffset } from './time-zones.js';
export { configChanges } from '../changes.js';
