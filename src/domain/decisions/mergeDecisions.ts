// A three-way merge of two edits of one decision, for the conflict dialog's "Flet": what only one side
// changed is taken from it; the decision text is merged word by word, and where both changed the same
// words, both sides' words are kept there for the user to settle.
import { distinctOwners, formatOwners, parseOwners } from '../followUp/owners';
import type { Outcome } from '../followUp/proposeOutcome';
import type { Decision } from './decision';
import { mergeWords, type WordClash } from './wordMerge';

export type EditableField = 'decision' | 'owner' | 'deadline' | 'status' | 'outcomes';

const EDITABLE_FIELDS: readonly EditableField[] = ['decision', 'owner', 'deadline', 'status', 'outcomes'];

export interface Merge {
  merged: Decision;
  /** Fields both sides changed, differently: the merged value is a proposal to check. */
  clashes: EditableField[];
  /** Where in the decision text both changed the same words. */
  textClashes: WordClash[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the stored version holds every field a person edits as `sent` has it: then a "conflict" is
 * one's own write whose answer was lost (the resend's If-Match meets the eTag the write itself made),
 * and it is a success. Compared by the fields, never by eTag.
 */
export const holdsWhatWasSent = (sent: Decision, stored: Decision) =>
  sent.key === stored.key && EDITABLE_FIELDS.every((field) => same(sent[field], stored[field]));

function pick<T>(base: T, mine: T, theirs: T): { value: T; clash: boolean } {
  if (same(mine, base) || same(mine, theirs)) return { value: theirs, clash: false };
  if (same(theirs, base)) return { value: mine, clash: false };
  return { value: mine, clash: true };
}

/** Merges `mine` and `theirs`, both edited from `base`; the rest of the decision is theirs (newest). */
export function mergeDecisions(base: Decision, mine: Decision, theirs: Decision): Merge {
  const text = mergeWords(base.decision, mine.decision, theirs.decision);
  const owner = pick(base.owner, mine.owner, theirs.owner);
  const deadline = pick(base.deadline, mine.deadline, theirs.deadline);
  const status = pick(base.status, mine.status, theirs.status);
  const outcomes = theirs.outcomes.map((outcome, index) =>
    pick<Outcome | null>(base.outcomes[index] ?? null, mine.outcomes[index] ?? null, outcome),
  );
  const merged: Decision = {
    ...theirs,
    decision: text.text,
    // Both sides' owners, each once: a person by their id (owners.ts), so no name is split or doubled.
    owner: owner.clash
      ? formatOwners(distinctOwners([...parseOwners(mine.owner), ...parseOwners(theirs.owner)]))
      : owner.value,
    deadline: deadline.value,
    status: status.value,
    outcomes: outcomes.map((each) => each.value),
  };
  const clashed: Record<EditableField, boolean> = {
    decision: text.clashes.length > 0,
    owner: owner.clash,
    deadline: deadline.clash,
    status: status.clash,
    outcomes: outcomes.some((each) => each.clash),
  };
  return {
    merged,
    clashes: EDITABLE_FIELDS.filter((field) => clashed[field]),
    textClashes: text.clashes,
  };
}
