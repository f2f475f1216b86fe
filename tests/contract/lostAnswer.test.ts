// A conflict with oneself, against the emulator (issue 21, item 1): its timeout fault does the request
// and answers 504, as a gateway that gave up after the work was done. The Graph client sends a PATCH or
// PUT answered 504 again (graphMiddleware.ts); carrying If-Match on the eTag that was read, the resend
// meets the eTag the first write made and gets 412 (microsoft-graph-docs-contrib
// api-reference/v1.0/api/listitem-update.md and api/driveitem-put-content.md take If-Match;
// concepts/errors.md: 412 Precondition Failed). The other side is then read: it holds what was sent, so
// the save is a success, never a conflict between two identical versions.
import { SEED } from '../../dev/emulator/seed';
import { planReferat, saveReferat } from '../../src/app/writeReferat';
import { textWriter } from '../../src/app/testing/memoryReferatPorts';
import { decisionFromPoint } from '../../src/domain/decisions/decision';
import { decisionSaver } from '../../src/domain/decisions/decisionSaver';
import { memoryDecisionOutbox } from '../../src/domain/decisions/memoryDecisionOutbox';
import { agendaItem, meetingOf } from '../../src/domain/testing/meetingBuilders';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { channelReferatFolder } from '../../src/graph/graphReferatFiles';
import { emulatorFixture } from './graphTarget';

let answered: { method: string; status: number | 'network' }[] = [];
const emulator = emulatorFixture({
  retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 4 },
  observe: (method, _url, status) => answered.push({ method, status }),
});

const meeting = meetingOf('2027-09-09', [agendaItem({ number: 2, title: 'Budget 2028' })], {
  kind: 'dagsorden',
});
const proposed = { ...decisionFromPoint(meeting, meeting.items[0]!, null)!, decision: 'Godkendt.' };

it("saves a decision whose PATCH was done and answered 504: the resend's 412 meets our own version", async () => {
  const store = graphDecisionStore(emulator.connect(), emulator.siteId, 'Beslutninger tabt svar');
  await store.create(proposed);
  const read = (await store.get(proposed.key))!;
  const saver = decisionSaver(store, memoryDecisionOutbox(), () => 1);
  emulator.graph.setFaults({ timeoutRate: 1, count: 1, pathContains: '/fields' }); // one answer lost
  answered = [];
  const edited = { ...read.decision, decision: 'Godkendt med ændringer.', status: 'Gul' as const };
  const result = await saver.save(read, edited);
  emulator.graph.setFaults({});
  expect(answered.filter((each) => each.method === 'PATCH').map((each) => each.status)).toEqual([504, 412]);
  expect(result).toMatchObject({
    kind: 'saved',
    stored: { decision: { decision: 'Godkendt med ændringer.' } },
  });
  expect(await saver.pending()).toEqual([]);
  expect((await store.get(proposed.key))!.decision).toMatchObject({
    decision: edited.decision,
    status: 'Gul',
  });
});

it('replaces a referat whose upload was done and answered 504 as saved, not as changed by another', async () => {
  const folder = channelReferatFolder(emulator.connect(), { teamId: SEED.teamId, channelId: SEED.channelId });
  const ports = { folder, writer: textWriter };
  const first = await planReferat(meeting, [proposed], folder);
  expect(await saveReferat(first, ports)).toMatchObject({ status: 'saved', replaced: false });
  const corrected = { ...proposed, decision: 'Godkendt med ændringer.' };
  const plan = await planReferat(meeting, [corrected], folder);
  emulator.graph.setFaults({ timeoutRate: 1, count: 1, pathContains: '/content' });
  answered = [];
  const result = await saveReferat(plan, ports, plan.existing);
  emulator.graph.setFaults({});
  expect(answered.filter((each) => each.method === 'PUT').map((each) => each.status)).toEqual([504, 412]);
  expect(result).toMatchObject({ status: 'saved', replaced: true, file: { name: plan.fileName } });
  const now = (await folder.find(plan.fileName))!;
  expect(new TextDecoder().decode(await folder.read(now))).toContain('Godkendt med ændringer.');
});

// A backfill's create answered 504 inside its $batch was done: sent again it would meet its own item
// (409) and be counted "left alone". It is looked for first, and counted created, exactly once.
it('counts a backfill create answered 504 after it was done as created, once, without sending it again', async () => {
  const store = graphDecisionStore(emulator.connect(), emulator.siteId, 'Beslutninger tabt batch-svar');
  await store.ensure();
  const decisions = [2, 3, 4].map((itemNumber) => ({
    ...proposed,
    key: `2027-09-09#${itemNumber}`,
    itemNumber,
  }));
  emulator.graph.setFaults({ timeoutRate: 1, count: 1, pathContains: '/items' }); // the first create's answer
  answered = [];
  const result = await store.createMissing(decisions);
  emulator.graph.setFaults({});
  expect(result).toEqual({ created: decisions.map((each) => each.key), leftAlone: [] });
  // One $batch, and no create sent again on its own.
  expect(answered.filter((each) => each.method === 'POST')).toHaveLength(1);
  const stored = await store.between('2027-09-09', '2027-09-09');
  expect(stored.map((each) => each.decision.key).sort()).toEqual(decisions.map((each) => each.key));
});
