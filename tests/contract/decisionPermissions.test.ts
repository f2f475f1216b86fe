// The decision list's own permissions through the real adapter, against the emulator's seeded tenant:
// the secretary writes, a chief (read on the list) is refused whatever the write — a new decision, an
// edit of the secretary's, "Gem alle" — with Graph's SharePoint answer, 403 accessDenied "Access
// denied" (microsoft-graph-docs-contrib issue #5062; api-reference/v1.0/api/listitem-create.md and
// listitem-update.md name 403 among the errors of concepts/errors.md), as a `forbidden` failure that
// names no missing scope (the token has it: SharePoint refused the user), and the item stays as it was.
import { GraphFailure } from '../../src/graph/GraphFailure';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { recordedDecision } from '../../src/domain/testing/decisionBuilders';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 4 } });

const refusedBySharePoint = {
  code: 'forbidden',
  status: 403,
  graphCode: 'accessDenied',
  message: 'Access denied',
  failure: { code: 'forbidden', missingPermission: null },
};

it('refuses a chief’s new decision, edit and "Gem alle" with the documented 403, and keeps the item', async () => {
  const secretary = graphDecisionStore(emulator.connect('secretary'), emulator.siteId);
  const chief = graphDecisionStore(emulator.connect('finance'), emulator.siteId);
  const stored = await secretary.create(recordedDecision('2027-01-14', 2));

  const edit = chief.save(stored, { ...stored.decision, decision: 'En chefs rettelse.' });
  await expect(edit).rejects.toBeInstanceOf(GraphFailure);
  await expect(edit).rejects.toMatchObject(refusedBySharePoint);
  await expect(chief.create(recordedDecision('2027-01-14', 3))).rejects.toMatchObject(refusedBySharePoint);
  await expect(chief.createMissing([recordedDecision('2027-01-14', 4)])).rejects.toMatchObject({
    failure: { code: 'forbidden' },
  });

  // The chief still reads it, unchanged; the secretary's edit goes through.
  expect((await chief.get('2027-01-14#2'))?.decision.decision).toBe('Chefforum godkendte planen.');
  expect(await chief.between('2027-01-14', '2027-01-14')).toHaveLength(1);
  const edited = await secretary.save(stored, { ...stored.decision, decision: 'Sekretærens rettelse.' });
  expect(edited.decision.decision).toBe('Sekretærens rettelse.');
});
