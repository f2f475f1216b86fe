// The outbox on IndexedDB (fake-indexeddb stands in for the browser's): saves survive a new instance
// (a reload), and removing an older revision keeps a newer edit.
import 'fake-indexeddb/auto';
import { decisionKey, type Decision } from '../../domain/decisions/decision';
import type { PendingSave } from '../../domain/ports';
import { indexedDbDecisionOutbox } from './indexedDbDecisionOutbox';

const edited: Decision = {
  key: decisionKey('2026-10-01', 3),
  meetingDate: '2026-10-01',
  itemNumber: 3,
  title: 'Budget 2027',
  caseNumber: '00.30.00-S00-1-26',
  recommendations: ['at budgettet godkendes'],
  outcomes: ['godkendt'],
  decision: 'Chefforum godkendte budgettet.',
  owner: 'Chefen for Økonomi & Stab',
  deadline: '2026-12-01',
  status: 'Gul',
  sourceUrl: null,
  threadId: null,
};
const save = (revision: number): PendingSave => ({
  key: edited.key,
  mode: 'create',
  edited,
  read: null,
  revision,
  attempts: 1,
  lastFailure: 'throttled',
});

describe('the IndexedDB decision outbox', () => {
  it('keeps a pending save across instances, and only the revision confirmed is removed', async () => {
    await indexedDbDecisionOutbox().put(save(1));
    const reopened = indexedDbDecisionOutbox();
    expect(await reopened.all()).toEqual([save(1)]);
    await reopened.put(save(2));
    await reopened.remove(edited.key, 1);
    expect(await indexedDbDecisionOutbox().all()).toEqual([save(2)]);
    await reopened.remove(edited.key, 2);
    expect(await indexedDbDecisionOutbox().all()).toEqual([]);
  });
});
