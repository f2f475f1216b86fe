// Reads a decision for who must act: roles ("Chefen for Skoler & Uddannelse") or "Cheferne", named as
// the ones who "skal", "udarbejder", "følger op", "melder tilbage" or "fremlægger".

// A role's name runs on over ", X" and "& X"/"og X", but not into the next role.
const NEXT_ROLE = '(?!Chefen\\b|Cheferne\\b|Kommunaldirektøren\\b|Chefforum)';
const WORD = '[A-ZÆØÅ][\\wæøåÆØÅ]*';
const ROLE = new RegExp(
  `(?:Chefen for ${WORD}(?:,? (?:&|og) ${NEXT_ROLE}${WORD}|,? ${NEXT_ROLE}${WORD})*|Kommunaldirektøren|Chefforums sekretær|Cheferne)`,
  'g',
);
const DUTY =
  /\b(skal|udarbejder|udsender|følger op|melder (?:tilbage|ind)|fremlægger|sørger for|tager kontakt)\b/;

/** The roles that sentences with a duty name, in the order they first appear; [] when none. */
export function proposeOwners(text: string): string[] {
  const owners: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const duty = DUTY.exec(sentence);
    if (!duty) continue;
    // Only roles before the verb are its subject: "Chefen for X skal …", not "… skal sende til Chefen for Y".
    const subject = sentence.slice(0, duty.index);
    for (const role of subject.match(ROLE) ?? []) if (!owners.includes(role)) owners.push(role);
  }
  return owners;
}
