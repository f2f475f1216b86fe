// Days of decisions survive the site's time zone. SharePoint keeps a date-only column
// (graph docs api-reference/v1.0/resources/datetimecolumn.md, format "dateOnly") at midnight in the
// site's time zone and answers it in UTC, so a Copenhagen site answers 2026-12-02T23:00:00Z for
// 3 December (DESIGN.md §3); the emulator's seeded site keeps Europe/Copenhagen as a municipality's
// does. Lists made the old way (MeetingDate and Deadline as dateOnly columns) are migrated to text
// day columns by adding columns (api-reference/v1.0/api/list-post-columns.md) without losing an item.
import { storedDateOnly } from '../../dev/emulator/siteTime';
import type { Decision } from '../../src/domain/decisions/decision';
import { recordedDecision } from '../../src/domain/testing/decisionBuilders';
import { legacyDay, legacyValue } from '../../src/graph/decisionFields';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 5 } });
const { connect } = emulator;

const decision = (meetingDate: string, itemNumber: number, deadline: string | null): Decision =>
  recordedDecision(meetingDate, itemNumber, {
    decision: 'Godkendt.',
    owner: 'Chefen for Økonomi & Stab',
    deadline,
  });

describe('the emulator keeps date-only values as SharePoint does on a Copenhagen site', () => {
  it.each([
    ['2026-12-03T00:00:00Z', '2026-12-02T23:00:00Z'], // winter: UTC+1
    ['2026-06-03T00:00:00Z', '2026-06-02T22:00:00Z'], // summer: UTC+2
    ['2026-06-03T21:59:00Z', '2026-06-02T22:00:00Z'],
    ['2026-06-03T22:00:00Z', '2026-06-03T22:00:00Z'], // already 4 June in Copenhagen
  ])('writes %s and reads back %s', async (written, answered) => {
    const list = `Dage ${written.slice(0, 16)}`;
    const created = await emulator.graph.call('POST', `/sites/${emulator.siteId}/lists`, {
      body: {
        displayName: list,
        columns: [{ name: 'Day', dateTime: { format: 'dateOnly' } }],
        list: { template: 'genericList' },
      },
    });
    expect(created.status).toBe(201);
    const item = await emulator.graph.call(
      'POST',
      `/sites/${emulator.siteId}/lists/${created.body.id}/items`,
      {
        body: { fields: { Day: written } },
      },
    );
    expect(item.status).toBe(201);
    expect(item.body.fields.Day).toBe(answered);
  });
});

it('reads back MeetingDate 2026-12-03 and Deadline 2027-06-30 as saved, and finds them by day', async () => {
  const store = graphDecisionStore(connect(), emulator.siteId, 'Beslutninger dage');
  const saved = decision('2026-12-03', 4, '2027-06-30');
  await store.create(saved);
  expect((await store.get(saved.key))!.decision).toMatchObject({
    meetingDate: '2026-12-03',
    deadline: '2027-06-30',
  });
  // A range that starts on the meeting's day must include it; the day before and after must not.
  expect((await store.between('2026-12-03', '2026-12-31')).map((each) => each.decision.key)).toEqual([
    saved.key,
  ]);
  expect(await store.between('2026-11-01', '2026-12-02')).toEqual([]);
  expect(await store.between('2026-12-04', '2026-12-31')).toEqual([]);
});

// The list as the app made it before the day columns (src/graph/decisionFields.ts until this change).
const OLD_COLUMNS = [
  { name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'MeetingDate', dateTime: { format: 'dateOnly' }, indexed: true },
  { name: 'ItemNumber', number: { decimalPlaces: 'none' } },
  { name: 'CaseNumber', text: {}, indexed: true },
  { name: 'Recommendation', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Outcomes', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Decision', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Owner', text: {} },
  { name: 'Deadline', dateTime: { format: 'dateOnly' } },
  { name: 'Status', choice: { choices: ['Grøn', 'Gul', 'Rød', 'Afsluttet'] } },
  { name: 'SourceUrl', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'ThreadId', text: {} },
];

const OLD_ITEMS: [day: string, number: number, deadline: string | null][] = [
  ['2026-01-15', 1, '2026-03-31'],
  ['2026-06-11', 2, null],
  ['2026-06-11', 3, '2026-10-25'], // the day summer time ends
  ['2026-12-03', 1, '2027-01-01'],
];

async function oldList(name: string): Promise<string> {
  const list = await emulator.graph.call('POST', `/sites/${emulator.siteId}/lists`, {
    body: { displayName: name, columns: OLD_COLUMNS, list: { template: 'genericList' } },
  });
  for (const [day, number, deadline] of OLD_ITEMS) {
    const fields = {
      DecisionKey: `${day}#${number}`,
      MeetingDate: `${day}T00:00:00Z`, // as the old app wrote it
      ItemNumber: number,
      Title: `Punkt ${number}`,
      Decision: 'Godkendt.',
      Deadline: deadline ? `${deadline}T00:00:00Z` : null,
      Status: 'Grøn',
    };
    expect(
      (
        await emulator.graph.call('POST', `/sites/${emulator.siteId}/lists/${list.body.id}/items`, {
          body: { fields },
        })
      ).status,
    ).toBe(201);
  }
  return list.body.id as string;
}

const items = async (listId: string) =>
  (
    await emulator.graph.call('GET', `/sites/${emulator.siteId}/lists/${listId}/items?$expand=fields`)
  ).body.value.map((item: { fields: Record<string, unknown> }) => item.fields) as Record<string, unknown>[];

it('reads a list made the old way with its days right, before it is migrated', async () => {
  await oldList('Beslutninger gammel læs');
  const reader = graphDecisionStore(connect('director'), emulator.siteId, 'Beslutninger gammel læs');
  const june = await reader.between('2026-06-11', '2026-06-11');
  expect(june.map((each) => [each.decision.key, each.decision.deadline]).sort()).toEqual([
    ['2026-06-11#2', null],
    ['2026-06-11#3', '2026-10-25'],
  ]);
  expect((await reader.get('2026-12-03#1'))!.decision).toMatchObject({
    meetingDate: '2026-12-03',
    deadline: '2027-01-01',
  });
});

it('migrates a list made the old way: day columns added, every item copied, old columns kept', async () => {
  const listId = await oldList('Beslutninger gammel');
  const before = await items(listId);
  const store = graphDecisionStore(connect(), emulator.siteId, 'Beslutninger gammel');
  await store.ensure();
  const after = await items(listId);
  expect(after).toHaveLength(OLD_ITEMS.length);
  expect(
    after.map((fields) => [fields.DecisionKey, fields.MeetingDay, fields.DeadlineDay ?? null]).sort(),
  ).toEqual(OLD_ITEMS.map(([day, number, deadline]) => [`${day}#${number}`, day, deadline]).sort());
  // The old columns keep their values.
  expect(after.map((fields) => [fields.MeetingDate, fields.Deadline])).toEqual(
    before.map((fields) => [fields.MeetingDate, fields.Deadline]),
  );
  // A second tab migrating again changes nothing; a new decision lands in the day columns.
  await graphDecisionStore(connect('director'), emulator.siteId, 'Beslutninger gammel').ensure();
  await store.create(decision('2026-12-03', 2, null));
  const december = await store.between('2026-12-03', '2026-12-03');
  expect(december.map((each) => each.decision.key).sort()).toEqual(['2026-12-03#1', '2026-12-03#2']);
  expect(await items(listId)).toHaveLength(OLD_ITEMS.length + 1);
});

// The old app's value, kept by SharePoint at the site's local midnight, is read back as the day meant
// in every time zone from UTC-11 to UTC+14.
it.each([
  'Europe/Copenhagen',
  'America/New_York',
  'Pacific/Pago_Pago',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'UTC',
])('reads the old columns right on a site in %s', (timeZone) => {
  for (const day of ['2026-01-15', '2026-03-29', '2026-06-11', '2026-10-25', '2026-12-31'])
    expect(legacyDay(storedDateOnly(legacyValue(day)!, timeZone))).toBe(day);
});
