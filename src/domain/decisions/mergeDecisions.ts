// A three-way merge of two edits of one decision, for the conflict dialog's "Flet": what only one side
// changed is taken from it; where both changed a text, both texts are kept for the user to settle.
import type { Outcome } from '../followUp/proposeOutcome';
import type { Decision } from './decision';

export type EditableField = 'decision' | 'owner' | 'deadline' | 'status' | 'outcomes';

export const EDITABLE_FIELDS: readonly EditableField[] = [
  'decision',
  'owner',
  'deadline',
  'status',
  'outcomes',
];

export interface Merge {
  merged: Decision;
  /** Fields both sides changed, differently: the merged value is a proposal to check. */
  clashes: EditableField[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function pick<T>(base: T, mine: T, theirs: T): { value: T; clash: boolean } {
  if (same(mine, base) || same(mine, theirs)) return { value: theirs, clash: false };
  if (same(theirs, base)) return { value: mine, clash: false };
  return { value: mine, clash: true };
}

/** Merges `mine` and `theirs`, both edited from `base`; the rest of the decision is theirs (newest). */
export function mergeDecisions(base: Decision, mine: Decision, theirs: Decision): Merge {
  const clashes: EditableField[] = [];
  const merged: Decision = { ...theirs };
  const text = pick(base.decision, mine.decision, theirs.decision);
  merged.decision = text.clash ? `${mine.decision}\n\n${theirs.decision}` : text.value;
  const owner = pick(base.owner, mine.owner, theirs.owner);
  merged.owner = owner.clash ? [mine.owner, theirs.owner].join(', ') : owner.value;
  merged.deadline = pick(base.deadline, mine.deadline, theirs.deadline).value;
  merged.status = pick(base.status, mine.status, theirs.status).value;
  merged.outcomes = theirs.outcomes.map(
    (outcome, index): Outcome | null =>
      pick(base.outcomes[index] ?? null, mine.outcomes[index] ?? null, outcome).value,
  );
  const fieldClashes: [EditableField, boolean][] = [
    ['decision', text.clash],
    ['owner', owner.clash],
    ['deadline', pick(base.deadline, mine.deadline, theirs.deadline).clash],
    ['status', pick(base.status, mine.status, theirs.status).clash],
    [
      'outcomes',
      theirs.outcomes.some(
        (outcome, index) => pick(base.outcomes[index], mine.outcomes[index], outcome).clash,
      ),
    ],
  ];
  for (const [field, clash] of fieldClashes) if (clash) clashes.push(field);
  return { merged, clashes };
}
