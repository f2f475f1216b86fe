// Who the secretary can name as owner: the team's members, the roles the referater use ("Chefen for
// Økonomi & Stab", as presenter or as the one who must act) and every owner already in the list.
import type { Meeting } from '../meeting';
import { proposeOwners } from './proposeOwners';

// A stored owner names several roles comma-separated; a role's own name may hold a comma
// ("Chefen for Sundhed, Pleje & Omsorg"), so a new one starts only where a role's first word does.
const NEXT_OWNER = /\s*;\s*|,\s*(?=Chefen\b|Cheferne\b|Kommunaldirektør|Chefforums\b)/;

/** The owners one stored owner text names, in order; [] for none. */
export function splitOwners(owner: string | null): string[] {
  return (owner ?? '')
    .split(NEXT_OWNER)
    .map((each) => each.trim())
    .filter((each) => each !== '');
}

/** Owners as stored: comma-separated, as `proposeOwners` writes them; null for none. */
export function joinOwners(owners: readonly string[]): string | null {
  return owners.length > 0 ? owners.join(', ') : null;
}

/**
 * Every name worth suggesting, each once, sorted the Danish way: the members given, the presenters and
 * recommenders of the meetings, the roles their decisions name as acting, and the owners stored.
 */
export function ownerSuggestions(
  meetings: readonly Meeting[],
  storedOwners: readonly (string | null)[],
  members: readonly string[] = [],
): string[] {
  const names = new Set<string>(members);
  for (const meeting of meetings)
    for (const item of meeting.items) {
      if (item.closed) continue; // nothing of a closed point is shown anywhere
      if (item.presenter) names.add(item.presenter);
      if (item.recommendedBy) names.add(item.recommendedBy);
      for (const owner of proposeOwners(item.decision ?? '')) names.add(owner);
    }
  for (const owner of storedOwners) for (const each of splitOwners(owner)) names.add(each);
  names.delete('');
  return [...names].sort((a, b) => a.localeCompare(b, 'da'));
}
