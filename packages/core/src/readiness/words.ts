/**
 * What people read must be words. One check for every message and fix the rules write and for every
 * finding an element shows: a schema key (`successMetric`), a path (`steps[3]`, `brief.deadline`), an
 * unreplaced placeholder (`${owner}`, `{owner}`) or a value that never became words (`undefined`, `NaN`,
 * `[object Object]`) is not.
 */
const NOT_WORDS = /\b[a-z]+[A-Z][A-Za-z]*\b|\w\[\d+\]|\b(?:steps|blockers|checklist|milestones|approvals|roles|brief|campaign|config)\.\w|\$\{|\{\w+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object /g;

/** The parts of a text that are not words, as they appear; empty when it reads as words. */
export function notWords(text: string): string[] {
  return [...text.matchAll(NOT_WORDS)].map((m) => m[0]);
}
