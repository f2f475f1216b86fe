// Every outcome a recommendation can get, as a value to check text against (the type says which exist).
import type { Outcome } from './proposeOutcome';

export const OUTCOMES = [
  'godkendt',
  'godkendt med ændringer',
  'ikke godkendt',
  'taget til efterretning',
  'udsat',
  'drøftet',
] as const satisfies readonly Outcome[];

// A compile error here means an outcome was added to the type but not to the list above.
type Unlisted = Exclude<Outcome, (typeof OUTCOMES)[number]>;
const everyOutcomeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyOutcomeListed;

/** Whether a text is one of the outcomes, as written in lower case. */
export function isOutcome(text: string): text is Outcome {
  return (OUTCOMES as readonly string[]).includes(text);
}
