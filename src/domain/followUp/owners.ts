// A decision's owners as the Owner column keeps them: people from the organisation's directory by their
// id, and roles or names the secretary chose to keep as text. One text column holds both, readable in
// SharePoint: "Chefen for Økonomi & Stab <33333333-…>; HR". Text written before people could be chosen
// ("Chefen for Sundhed, Pleje & Omsorg, Chefen for Dagtilbud") reads as the text owners it names.

/** A person (id: the directory's object id) or, with id null, a role or name kept as text. */
export interface Owner {
  id: string | null;
  name: string;
}

// Owners are separated by ";" (written so since people could be chosen); in older text by a comma
// where the next role's first word starts, as a role's own name may hold a comma; and by a comma
// after a person's id (two stored owners joined with ", ", as a merge of both sides does).
const NEXT_OWNER = /\s*;\s*|(?<=>)\s*,\s*|,\s*(?=Chefen\b|Cheferne\b|Kommunaldirektør|Chefforums\b)/;
// A person: the name, then the directory id in angle brackets, as a mail address follows a name.
const PERSON = /^(.*?)\s*<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>$/i;

/** The owners one stored Owner text names, in order; [] for none. */
export function parseOwners(stored: string | null): Owner[] {
  return (stored ?? '')
    .split(NEXT_OWNER)
    .map((each) => each.trim())
    .filter((each) => each !== '')
    .map((each) => {
      const person = PERSON.exec(each);
      return person && person[1] !== ''
        ? { id: person[2]!.toLowerCase(), name: person[1]! }
        : { id: null, name: each };
    });
}

/** Owners as the Owner column keeps them, "; "-separated; null for none. */
export function formatOwners(owners: readonly Owner[]): string | null {
  const texts = owners.map((owner) => {
    // A name keeps no separator or bracket of its own, or it would read back as two owners or a person.
    const name = owner.name.replace(/;/g, ',').replace(/[<>]/g, '').trim();
    return owner.id ? `${name} <${owner.id}>` : name;
  });
  return texts.length > 0 ? texts.join('; ') : null;
}

/** What identifies an owner: a person by id whatever their name, a text owner by its text. */
export const ownerKey = (owner: Owner): string => (owner.id ? `id:${owner.id}` : `text:${owner.name}`);

/** The names of a stored Owner text, as a reader sees them; null for none. */
export function ownerNames(stored: string | null): string | null {
  const owners = parseOwners(stored);
  return owners.length > 0 ? owners.map((owner) => owner.name).join(', ') : null;
}

/** The owners given, each once by key (the first seen wins), sorted by name the Danish way. */
export function distinctOwners(owners: Iterable<Owner>): Owner[] {
  const byKey = new Map<string, Owner>();
  for (const owner of owners) if (!byKey.has(ownerKey(owner))) byKey.set(ownerKey(owner), owner);
  return [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'da') || ownerKey(a).localeCompare(ownerKey(b)),
  );
}
