// Reads a decision for what became of the recommendations.

export type Outcome =
  'godkendt' | 'godkendt med ændringer' | 'ikke godkendt' | 'taget til efterretning' | 'udsat';

// Checked in this order: a refusal or postponement outweighs words like "godkendte" elsewhere.
const RULES: [Outcome, RegExp][] = [
  [
    'udsat',
    /\b(udsat|udsatte|udskudt|blev taget af dagsordenen|tages op (?:igen )?på (?:et|det) senere møde)\b/i,
  ],
  ['ikke godkendt', /\b(ikke godkendt|godkendte ikke|afviste|afvist)\b/i],
  [
    'godkendt med ændringer',
    /\bgodkend\w*\b[^.]*\b(med følgende (?:ændringer|tilføjelser|bemærkning(?:er)?)|med ændringer|med de(?:n)? (?:nævnte )?(?:ændringer|tilføjelser))/i,
  ],
  ['godkendt', /\b(godkendte|godkendt|godkendes|vedtog)\b/i],
  ['taget til efterretning', /\btil efterretning\b/i],
];

/** The outcome the decision text states, or null when it says none of these things. */
export function proposeOutcome(decision: string): Outcome | null {
  return RULES.find(([, pattern]) => pattern.test(decision))?.[0] ?? null;
}
