// Reads a decision, and each recommendation it answers, for what became of the recommendations.

export type Outcome =
  'godkendt' | 'godkendt med ændringer' | 'ikke godkendt' | 'taget til efterretning' | 'drøftet' | 'udsat';

// Checked in this order: a refusal or postponement outweighs words like "godkendte" elsewhere, and an
// approval outweighs "drøftede" ("Chefforum drøftede udkastet og godkendte …" approved something).
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
  ['drøftet', /\b(drøftede|blev drøftet|er drøftet)\b/i],
];

/** The outcome the decision text states, or null when it says none of these things. */
export function proposeOutcome(decision: string): Outcome | null {
  return RULES.find(([, pattern]) => pattern.test(decision))?.[0] ?? null;
}

// What a recommendation asks of the forum: "at Chefforum drøfter …", "… tager … til efterretning".
const ASKS_DISCUSSION = /\bdrøfter\b/i;
const ASKS_NOTING = /\btager\b[^.]*\btil efterretning\b/i;

/**
 * What became of one recommendation: a recommendation to discuss was discussed, one to take note was
 * noted, whatever word the decision uses for the point as a whole ("Indstillingen blev godkendt" does not
 * make a discussion an approval). A postponement or refusal holds for every recommendation.
 */
export function proposeOutcomeFor(recommendation: string, decision: string): Outcome | null {
  const stated = proposeOutcome(aboutRecommendation(recommendation, decision));
  if (stated === null || stated === 'udsat' || stated === 'ikke godkendt') return stated;
  if (ASKS_DISCUSSION.test(recommendation)) return 'drøftet';
  if (ASKS_NOTING.test(recommendation)) return 'taget til efterretning';
  // "Chefforum drøftede udviklingen." approves nothing the recommendation asked to be decided.
  return stated === 'drøftet' ? null : stated;
}

// Words between "Chefforum <verb>" and what it acts on ("godkender den nye mødestruktur").
const FILLER = new Set(['at', 'de', 'den', 'det', 'en', 'et', 'og', 'i', 'om', 'ny', 'nye', 'nyt']);

/**
 * What a recommendation acts on, without its definite ending ("at Chefforum godkender referatet fra
 * mødet …" → "referat"), or null when it names nothing clear enough to look for.
 */
function objectOf(recommendation: string): string | null {
  const rest = /\bchefforum\s+\S+\s+(.*)$/iu.exec(recommendation)?.[1] ?? '';
  const word = rest
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .find((each) => each !== '' && !FILLER.has(each));
  const stem = word?.replace(/(erne|ene|en|et)$/u, '') ?? '';
  return stem.length >= 5 ? stem : null;
}

/**
 * The part of a decision that answers one recommendation: when the decision says something of its own
 * about what the recommendation acts on ("Chefforum godkendte dagsordenen. Referatet … blev godkendt
 * med følgende bemærkning:"), the sentences naming it (when they state an outcome); else all of it.
 */
function aboutRecommendation(recommendation: string, decision: string): string {
  const object = objectOf(recommendation);
  if (object === null) return decision;
  // A sentence ends before a capital letter, a quote or a bullet: "d. 24. september" goes on.
  const sentences = decision.split(/(?<=[.!?:])\s+(?=[\p{Lu}"\u201d-])/u);
  const naming = sentences.filter((sentence) => sentence.toLowerCase().includes(object));
  if (naming.length === 0 || naming.length === sentences.length) return decision;
  const part = naming.join(' ');
  return proposeOutcome(part) === null ? decision : part;
}
