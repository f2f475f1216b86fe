// The owner picker's state: what is typed, the people the organisation's directory finds for it, and
// the options shown — people first, then the suggestions that match, then keeping the text as typed,
// an explicit choice. Each option's value is the owner's key, so choosing one stores that owner (a
// person with their id), never the text typed to find it.
import { useEffect, useState } from 'react';
import { withoutTextShadowedByPeople } from '../../../domain/followUp/ownerSuggestions';
import {
  distinctOwners,
  formatOwners,
  type Owner,
  ownerKey,
  parseOwners,
} from '../../../domain/followUp/owners';
import { foldForSearch } from '../../../domain/library/searchText';
import type { PersonDirectory } from '../../../domain/ports';

/** What the editor offers the picker: the suggestions, and the directory when the tab has one. */
export interface OwnerOptions {
  suggestions: readonly Owner[];
  directory: PersonDirectory | null;
}

/** The value of the option that keeps the typed text as a text owner. */
export const AS_TEXT = '\u0000as-text';

type Found = { query: string; people: Owner[] } | { query: string; failed: true };

/** The people the directory finds for the latest query; an older answer never replaces a newer one. */
function useDirectory(directory: PersonDirectory | null, query: string): Found | null {
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    const typed = query.trim();
    if (!directory || typed === '') return;
    let current = true;
    directory
      .find(typed)
      .then((people) => current && setFound({ query: typed, people }))
      .catch(() => current && setFound({ query: typed, failed: true }));
    return () => {
      current = false;
    };
  }, [directory, query]);
  return found && found.query === query.trim() ? found : null;
}

export function useOwnerPicker(
  owner: string | null,
  options: OwnerOptions,
  onChange: (owner: string | null) => void,
) {
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const selected = parseOwners(owner);
  const found = useDirectory(options.directory, query);
  const shown = optionsFor(found, options.suggestions, typed, selected);
  /** Fluent's selection (keys) → the owners stored; AS_TEXT adds the typed text as a text owner. */
  const choose = (keys: readonly string[]) => {
    const known = new Map([...selected, ...shown].map((each) => [ownerKey(each), each]));
    const next = keys.flatMap((key): Owner[] => {
      if (key === AS_TEXT) return typed === '' ? [] : [{ id: null, name: typed }];
      return known.has(key) ? [known.get(key)!] : [];
    });
    onChange(formatOwners(distinctOwnersInOrder(next)));
    setQuery('');
  };
  const exact = [...selected, ...shown].some((each) => foldForSearch(each.name) === foldForSearch(typed));
  return {
    query,
    setQuery,
    selected,
    shown,
    choose,
    failed: found !== null && 'failed' in found,
    offerText: typed !== '' && !exact,
  };
}

/** People first (the directory's answer is what is looked for), then the suggestions that match. */
function optionsFor(found: Found | null, suggestions: readonly Owner[], typed: string, selected: Owner[]) {
  const chosen = new Set(selected.map(ownerKey));
  const people = found && 'people' in found ? found.people : [];
  const matching = suggestions.filter((each) => foldForSearch(each.name).includes(foldForSearch(typed)));
  const all = withoutTextShadowedByPeople(distinctOwners([...people, ...matching]));
  return [...all.filter((each) => each.id), ...all.filter((each) => !each.id)].filter(
    (each) => !chosen.has(ownerKey(each)),
  );
}

/** Each owner once by key, in the order chosen. */
function distinctOwnersInOrder(owners: readonly Owner[]): Owner[] {
  const seen = new Set<string>();
  return owners.filter((each) => !seen.has(ownerKey(each)) && seen.add(ownerKey(each)));
}
