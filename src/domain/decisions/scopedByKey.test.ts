// One browser's outbox and drafts are shared by the tabs of every channel it opens: each tab sees only
// its own channel's and list's, so a save left waiting in a private channel's tab is never sent to the
// team's site by the tab of a standard channel, and a draft typed there never shows up elsewhere.
import { FailureError } from '../failure';
import { recordedDecision } from '../testing/decisionBuilders';
import type { DecisionStore } from '../ports';
import { memoryDraftStore } from './DraftStore';
import { decisionSaver } from './decisionSaver';
import { memoryDecisionOutbox } from './memoryDecisionOutbox';
import { memoryDecisionStore } from './memoryDecisionStore';
import { decisionScope, scopedByKey } from './scopedByKey';

const TEAM = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
const PRIVATE = decisionScope(TEAM, '19:chefforum-privat@thread.tacv2', 'Chefforum beslutninger');
const STANDARD = decisionScope(TEAM, '19:chefforum-generelt@thread.tacv2', 'Chefforum beslutninger');

/** A store that is unreachable until `reachable` is set, as the list is when the network is down. */
function unreachableStore(inner: DecisionStore) {
  const state = { reachable: false };
  const refuse = () => {
    if (!state.reachable) throw new FailureError({ code: 'network' }, 'offline');
  };
  const store: DecisionStore = {
    ...inner,
    create: async (decision) => (refuse(), inner.create(decision)),
  };
  return { store, state };
}

describe('a tab’s own scope of the browser’s outbox and drafts', () => {
  it('sends a save left waiting in a private channel’s tab to its own list only, never from another channel’s tab', async () => {
    const shared = memoryDecisionOutbox(); // the browser's one IndexedDB
    const privateList = unreachableStore(memoryDecisionStore());
    const teamList = memoryDecisionStore();
    const inPrivate = decisionSaver(privateList.store, scopedByKey(shared, PRIVATE), () => 1);
    const inStandard = decisionSaver(teamList, scopedByKey(shared, STANDARD), () => 2);

    const secret = recordedDecision('2015-06-11', 2, { decision: 'Personalesagen afsluttes.' });
    expect((await inPrivate.save(null, secret)).kind).toBe('pending');
    expect(await inStandard.flush()).toMatchObject({ saved: 0, pending: 0 });
    expect(await inStandard.pending()).toEqual([]);
    expect(await teamList.get(secret.key)).toBeNull();

    privateList.state.reachable = true;
    expect(await inPrivate.flush()).toMatchObject({ saved: 1, pending: 0 });
    expect((await privateList.store.get(secret.key))?.decision.decision).toBe('Personalesagen afsluttes.');
    expect(await shared.all()).toEqual([]);
  });

  it('shows a draft only in the tab of the channel and list it was typed in', async () => {
    const shared = memoryDraftStore();
    const draft = { key: '2015-06-11#2', draft: recordedDecision('2015-06-11', 2), read: null };
    await scopedByKey(shared, PRIVATE).put(draft);
    expect(await scopedByKey(shared, PRIVATE).all()).toEqual([draft]);
    expect(await scopedByKey(shared, STANDARD).all()).toEqual([]);
    const otherList = decisionScope(TEAM, '19:chefforum-privat@thread.tacv2', 'Sekretariatets beslutninger');
    expect(await scopedByKey(shared, otherList).all()).toEqual([]);
    await scopedByKey(shared, STANDARD).remove(draft.key);
    expect(await scopedByKey(shared, PRIVATE).all()).toEqual([draft]);
    await scopedByKey(shared, PRIVATE).remove(draft.key);
    expect(await shared.all()).toEqual([]);
  });

  it('sends a save kept before scopes existed from no tab: where it was meant to go is unknown', async () => {
    const shared = memoryDecisionOutbox();
    const decision = recordedDecision('2015-06-11', 3);
    await shared.put({
      ...{ key: decision.key, mode: 'create', edited: decision, read: null },
      ...{ revision: 1, attempts: 1, lastFailure: 'network' },
    });
    const teamList = memoryDecisionStore();
    expect(await decisionSaver(teamList, scopedByKey(shared, STANDARD), () => 2).flush()).toMatchObject({
      saved: 0,
    });
    expect(await teamList.get(decision.key)).toBeNull();
    expect(await shared.all()).toHaveLength(1);
  });
});
