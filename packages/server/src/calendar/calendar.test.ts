import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { liveServer, samplePlan } from '../testing/server.js';
import { escapeText, foldLine, planCalendar } from './ics.js';

const PLAN = 'calendar-plan';

async function calendarOf(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function eventsIn(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), allDay: event.startDate.isDate, description: event.description, stamp: v.getFirstPropertyValue('dtstamp')?.toString() };
  });
}

describe('GET /plans/ID/calendar.ics', () => {
  const live = liveServer(PLAN);
  const url = (token: string) => `${live.server.url}/plans/${PLAN}/calendar.ics?token=${encodeURIComponent(token)}`;

  it('serves the launch, milestones and gate due dates as all-day events that an iCalendar parser reads', async () => {
    const viewer = (await live.server.signToken({ plan: PLAN, role: 'viewer' })).token;
    const { status, type, text } = await calendarOf(url(viewer));
    assert.equal(status, 200);
    assert.equal(type, 'text/calendar; charset=utf-8');
    const events = eventsIn(text);
    const plan = samplePlan();
    const byUid = new Map(events.map((e) => [e.uid, e]));
    assert.equal(byUid.get(`${PLAN}.launch.${PLAN}@preflight`)?.summary, `Launch: ${plan.campaign.name}`);
    assert.equal(byUid.get(`${PLAN}.launch.${PLAN}@preflight`)?.start, '2026-09-15');
    for (const milestone of plan.milestones) assert.equal(byUid.get(`${PLAN}.milestone.${milestone.id}@preflight`)?.start, milestone.planned);
    const gates = plan.checklist.filter((i) => i.gate);
    for (const gate of gates) assert.equal(byUid.get(`${PLAN}.gate.${gate.id}@preflight`)?.summary, `Gate due: ${gate.label}`);
    assert.equal(events.length, 1 + plan.milestones.length + gates.length);
    assert.ok(events.every((e) => e.allDay && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(e.stamp ?? '')));
  });

  it('keeps its UIDs from one request to the next, so subscribed calendars update events', async () => {
    const viewer = (await live.server.signToken({ plan: PLAN, role: 'viewer' })).token;
    const uids = async () => eventsIn((await calendarOf(url(viewer))).text).map((e) => e.uid);
    assert.deepEqual(await uids(), await uids());
  });

  it('refuses a bad token with 401 and another plan’s token with 403', async () => {
    assert.equal((await calendarOf(url('not-a-token'))).status, 401);
    assert.equal((await calendarOf(`${live.server.url}/plans/${PLAN}/calendar.ics`)).status, 401);
    const other = (await live.server.signToken({ plan: 'other-plan', role: 'editor' })).token;
    assert.equal((await calendarOf(url(other))).status, 403);
  });
});

describe('planCalendar', () => {
  const stamp = new Date('2026-09-01T08:30:00Z');

  it('folds lines at 75 octets without splitting a character, and escapes text', () => {
    const plan = { ...samplePlan(), campaign: { ...samplePlan().campaign, name: `Lancement été, "spécial"; ${'ü'.repeat(60)}\\fin` } };
    const text = planCalendar(plan, stamp);
    assert.ok(text.endsWith('\r\n'));
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.ok(!text.includes('\uFFFD'));
    const launch = eventsIn(text).find((e) => e.uid.includes('.launch.'))!;
    assert.equal(launch.summary, `Launch: ${plan.campaign.name}`);
    assert.equal(launch.stamp, '2026-09-01T08:30:00Z');
  });

  it('escapes what RFC 5545 asks, and folds a long ASCII line into 75-octet pieces', () => {
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    assert.deepEqual(foldLine('x'.repeat(160)).split('\r\n').map((l) => l.length), [75, 75, 12]);
  });
});
