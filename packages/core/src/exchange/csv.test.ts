import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { blockersToCsv, csvCell, raciToCsv, toCsv } from './csv.js';

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'starts with a UTF-8 BOM');
  const src = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted && ch === '"' && src[i + 1] === '"') {
      cell += '"';
      i += 2;
    } else if (ch === '"') {
      quoted = !quoted;
      i++;
    } else if (!quoted && ch === ',') {
      endCell();
      i++;
    } else if (!quoted && ch === '\r' && src[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 2;
    } else {
      cell += ch;
      i++;
    }
  }
  assert.equal(cell, '', 'ends with CRLF');
  return rows;
}

test('cells are quoted only when they hold a quote, comma or line break', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(3), '3');
});

test('text that a spreadsheet would run as a formula is made inert', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}HYPERLINK("x")`).replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start));
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('-5'), "'-5");
  // Numbers the core computes stay numbers.
  assert.equal(csvCell(-5), '-5');
});

test('any table of text reads back exactly, formula guard aside', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
      const back = readCsv(toCsv(rows));
      const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      assert.deepEqual(back, expected);
    }),
  );
});

test('the RACI matrix has a row per step and a column per role', () => {
  const plan = makePlan();
  const rows = readCsv(raciToCsv(plan));
  assert.deepEqual(rows[0], ['Step', 'Layer', ...plan.roles, 'Backup']);
  assert.equal(rows.length, plan.steps.length + 1);
  const brief = rows[1]!;
  const col = (role: string) => brief[2 + plan.roles.indexOf(role)];
  assert.equal(brief[0], 'Campaign brief intake');
  assert.equal(col('Marketing ops'), 'R');
  assert.equal(col('Demand gen lead'), 'A');
  assert.equal(col('Sales'), 'C');
  assert.equal(col('Leadership'), 'I');
  assert.equal(col('Analytics'), '');
  assert.equal(brief.at(-1), 'Marketing director');
});

test('a role holding two letters on one step shows both', () => {
  const plan = makePlan();
  plan.steps[0]!.raci.consulted.push('Marketing ops');
  const rows = readCsv(raciToCsv(plan));
  assert.equal(rows[1]![2 + plan.roles.indexOf('Marketing ops')], 'R/C');
});

test('the blocker log counts days blocked from raised to resolved, and days overdue while open', () => {
  const plan = makePlan({
    blockers: [
      makeBlocker({ id: 'b-open', raisedAt: '2026-08-10T09:00:00Z', due: '2026-08-20' }),
      makeBlocker({ id: 'b-done', status: 'resolved', raisedAt: '2026-08-01T09:00:00Z', resolvedAt: '2026-08-04T10:00:00Z', due: '2026-08-02', category: undefined, owner: undefined }),
      makeBlocker({ id: 'b-new', raisedAt: '2026-08-25T08:00:00Z', due: '2026-08-30', title: '=cmd|"/c calc"!A1', notes: 'line one\nline, two' }),
    ],
  });
  const rows = readCsv(blockersToCsv(plan, '2026-08-25T12:00:00Z'));
  const header = rows[0]!;
  const get = (r: string[], name: string) => r[header.indexOf(name)];
  assert.equal(rows.length, 4);
  const [open, done, fresh] = rows.slice(1);
  assert.equal(get(open!, 'Days blocked'), '15');
  assert.equal(get(open!, 'Days overdue'), '5');
  assert.equal(get(open!, 'Blocks'), 'step:crm-tracking-setup');
  assert.equal(get(done!, 'Days blocked'), '3');
  assert.equal(get(done!, 'Days overdue'), '0');
  assert.equal(get(done!, 'Owner'), '');
  assert.equal(get(fresh!, 'Days blocked'), '0');
  assert.equal(get(fresh!, 'Days overdue'), '0');
  assert.equal(get(fresh!, 'Title'), `'=cmd|"/c calc"!A1`);
  assert.equal(get(fresh!, 'Notes'), 'line one\nline, two');
});
