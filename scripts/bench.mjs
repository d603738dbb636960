// Runs every bench/*.bench.ts, prints each figure beside its budget and writes bench/results.json.
// It measures; it does not fail on a figure over budget (these machines are noisy).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findFiles } from './files.mjs';

const only = process.argv[2];
const files = findFiles(['bench'], (p) => p.endsWith('.bench.ts') && (!only || p.includes(only)));
const results = [];
for (const file of files) {
  console.log(`… ${file}`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) {
    console.error(`${file} failed:\n${child.stderr.slice(-2000)}`);
    continue;
  }
  for (const line of child.stdout.split('\n')) {
    if (!line.startsWith('BENCH ')) continue;
    const m = JSON.parse(line.slice(6));
    const withinBudget = typeof m.value === 'number' && (m.higherIsBetter ? m.value >= m.budget : m.value <= m.budget);
    results.push({ file, name: m.name, value: m.value, unit: m.unit, budget: m.budget, withinBudget });
  }
}
const width = Math.max(20, ...results.map((r) => r.name.length));
console.log(`\n${'measurement'.padEnd(width)}  ${'value'.padStart(10)}  ${'budget'.padStart(10)}  unit  verdict`);
for (const r of results) {
  // A figure that could not be taken (NaN, written as null) reads as such, and is not within budget.
  const fmt = (n) => (typeof n !== 'number' ? 'none' : Number.isInteger(n) ? String(n) : n.toFixed(n < 1 ? 3 : 2));
  console.log(`${r.name.padEnd(width)}  ${fmt(r.value).padStart(10)}  ${fmt(r.budget).padStart(10)}  ${r.unit.padEnd(4)}  ${r.withinBudget ? 'within budget' : 'OVER BUDGET'}`);
}
// A filtered run replaces only the figures of the files it ran; the others' last figures stay.
const kept = only && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')).filter((r) => r.file && !files.includes(r.file)) : [];
writeFileSync('bench/results.json', JSON.stringify([...kept, ...results], null, 2) + '\n');
console.log(`\n${results.filter((r) => r.withinBudget).length} of ${results.length} figures within budget; written to bench/results.json`);
