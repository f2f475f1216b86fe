// Who the secretary can name as owner before typing: the people already named in the list (by id), the
// team's members, and the roles the referater use ("Chefen for Økonomi & Stab", as presenter or as the
// one who must act) as text. Where a person bears a role's name, the person is suggested, not the text.
import { foldForSearch } from '../library/searchText';
import type { Meeting } from '../meeting';
import { distinctOwners, type Owner, parseOwners } from './owners';
import { proposeOwners } from './proposeOwners';

/**
 * Every owner worth suggesting, each once, sorted the Danish way: the members given, the presenters
 * and recommenders of the meetings, the roles their decisions name as acting, and the owners stored.
 */
export function ownerSuggestions(
  meetings: readonly Meeting[],
  storedOwners: readonly (string | null)[],
  members: readonly Owner[] = [],
): Owner[] {
  const roles: string[] = [];
  for (const meeting of meetings)
    for (const item of meeting.items) {
      if (item.closed) continue; // nothing of a closed point is shown anywhere
      roles.push(item.presenter ?? '', item.recommendedBy ?? '', ...proposeOwners(item.decision ?? ''));
    }
  const owners = [
    ...members,
    ...roles.filter((role) => role !== '').map((name) => ({ id: null, name })),
    ...storedOwners.flatMap(parseOwners),
  ];
  return withoutTextShadowedByPeople(distinctOwners(owners));
}

/** The owners without any text owner that bears the name of a person among them. */
export function withoutTextShadowedByPeople(owners: readonly Owner[]): Owner[] {
  const people = new Set(owners.filter((owner) => owner.id).map((owner) => foldForSearch(owner.name)));
  return owners.filter((owner) => owner.id !== null || !people.has(foldForSearch(owner.name)));
}
