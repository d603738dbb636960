import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeApproval, makeBlocker, makeItem, makePlan } from '../testing/factories.js';
import { parsePlan } from '../plan/parse.js';
import { fieldProblem } from '../plan/fields.js';
import { personFor, renamePerson, roleLabel, setPerson } from './people.js';
import { renameRole, undoRoleRename } from './rename-role.js';
import * as Y from 'yjs';
import { readDoc } from '../sync/read.js';
import { writePlan } from '../sync/write.js';
import { importDifferences, mergePlans } from '../exchange/merge.js';

const withDana = () => setPerson(makePlan(), 'Marketing ops', { name: 'Dana Kim', email: 'dana@example.com' });

test('a role is shown with the person who holds it, and alone when nobody does', () => {
  const plan = withDana();
  assert.equal(roleLabel(plan, 'Marketing ops'), 'Marketing ops · Dana Kim');
  assert.equal(roleLabel(plan, 'Legal'), 'Legal');
  assert.equal(personFor(plan, 'Marketing ops')?.email, 'dana@example.com');
  assert.equal(personFor(plan, undefined), undefined);
  assert.ok(parsePlan(plan).ok);
});

test('setting a holder replaces the one before in place; clearing the last leaves no people field', () => {
  const plan = setPerson(setPerson(withDana(), 'Legal', { name: 'Lee' }), 'Marketing ops', { name: 'Sam' });
  assert.deepEqual(plan.people, [{ role: 'Marketing ops', name: 'Sam' }, { role: 'Legal', name: 'Lee' }]);
  const cleared = setPerson(setPerson(plan, 'Legal', undefined), 'Marketing ops', undefined);
  assert.equal('people' in cleared, false);
});

test('the plan format refuses a person for a role the plan does not have, a second person for a role, and a bad email', () => {
  const plan = makePlan();
  const result = parsePlan({
    ...plan,
    people: [
      { role: 'Astronaut', name: 'Yuri' },
      { role: 'Legal', name: 'Lee' },
      { role: 'Legal', name: 'Kim' },
      { role: 'Brand', name: 'Ann', email: 'not an address' },
    ],
  });
  assert.equal(result.ok, false);
  const paths = !result.ok ? result.problems.map((p) => `${p.path} ${p.code}`) : [];
  assert.ok(paths.includes('people[0].role unknown_role'), paths.join('\n'));
  assert.ok(paths.includes('people[2].role duplicate_role'), paths.join('\n'));
  assert.ok(paths.some((p) => p.startsWith('people[3].email')), paths.join('\n'));
});

test('a holder is checked field by field as a form types it: a role name, a name, an email', () => {
  assert.equal(fieldProblem('person', 'email', 'dana at example'), 'must be an email address such as dana@example.com');
  assert.equal(fieldProblem('person', 'email', 'dana@example.com'), undefined);
  assert.equal(fieldProblem('person', 'role', 'x'.repeat(201)), 'must be at most 200 characters');
  assert.equal(fieldProblem('person', 'name', '  '), 'must not be blank');
});

test('renaming a role carries its person, and undo gives both back', () => {
  const plan = withDana();
  const { plan: renamed, places } = renameRole(plan, 'Marketing ops', 'Operations');
  assert.equal(roleLabel(renamed, 'Operations'), 'Operations · Dana Kim');
  assert.ok(parsePlan(renamed).ok);
  assert.deepEqual(undoRoleRename(renamed, places, 'Marketing ops'), plan);
});

test('renaming a person renames every owner, reviewer and doer that named them, as one edit undone exactly', () => {
  const plan = setPerson(
    makePlan({
      blockers: [makeBlocker({ id: 'b1', owner: 'Dana Kim', raisedBy: 'Dana Kim' }), makeBlocker({ id: 'b2', owner: 'Marketing ops' })],
      checklist: [makeItem({ owner: 'Dana Kim' })],
      approvals: [makeApproval({ requestedFrom: 'Dana Kim' })],
    }),
    'Marketing ops',
    { name: 'Dana Kim' },
  );
  const { plan: renamed, places, from } = renamePerson(plan, 'Marketing ops', 'Dana Lee');
  assert.equal(from, 'Dana Kim');
  assert.deepEqual(renamed.people, [{ role: 'Marketing ops', name: 'Dana Lee' }]);
  assert.deepEqual(renamed.blockers.map((b) => [b.owner, b.raisedBy]), [['Dana Lee', 'Dana Lee'], ['Marketing ops', undefined]]);
  assert.equal(renamed.checklist[0]!.owner, 'Dana Lee');
  assert.equal(renamed.approvals[0]!.requestedFrom, 'Dana Lee');
  assert.deepEqual(renamed.roles, plan.roles);
  assert.equal(roleLabel(renamed, 'Marketing ops'), 'Marketing ops · Dana Lee');
  assert.deepEqual(undoRoleRename(renamed, places, from!), plan);
});

test('renaming the person of a role nobody holds changes nothing', () => {
  const plan = makePlan();
  assert.equal(renamePerson(plan, 'Designer', 'Lee').plan, plan);
});

test('who holds a role travels with the plan: through a team document, and an import that takes both keeps ours and adds theirs', () => {
  const plan = setPerson(withDana(), 'Legal', { name: 'Lee' });
  const doc = new Y.Doc();
  assert.ok(writePlan(doc, plan).ok);
  const read = readDoc(doc);
  assert.ok(read.ok);
  assert.deepEqual(read.ok && read.plan.people, plan.people);
  const theirs = setPerson(setPerson(withDana(), 'Marketing ops', { name: 'Sam' }), 'Brand', { name: 'Bo' });
  assert.deepEqual(mergePlans(plan, theirs).plan?.people?.map((p) => `${p.role}: ${p.name}`), ['Marketing ops: Dana Kim', 'Legal: Lee', 'Brand: Bo']);
  assert.deepEqual(importDifferences(plan, theirs).map((d) => d.where), ['Who holds each role']);
});
