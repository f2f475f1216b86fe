// The owner field: the roles and members the forum uses as suggestions, several allowed, and any other
// name typed and taken with Enter (a Fluent v9 TagPicker, not a free text box).
import {
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  type TagPickerProps,
  useTagPickerFilter,
} from '@fluentui/react-components';
import { type KeyboardEvent, useState } from 'react';
import { foldForSearch } from '../../../domain/library/searchText';
import { joinOwners, splitOwners } from '../../../domain/followUp/ownerSuggestions';
import type { Strings } from '../../strings/strings';

interface Props {
  owner: string | null;
  suggestions: readonly string[];
  strings: Strings;
  onChange: (owner: string | null) => void;
}

export function OwnerPicker({ owner, suggestions, strings, onChange }: Props) {
  const [query, setQuery] = useState('');
  const selected = splitOwners(owner);
  const choose = (next: string[]) => {
    onChange(joinOwners(next));
    setQuery('');
  };
  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value !== FREE) choose(data.selectedOptions);
    else if (query.trim() !== '' && !selected.includes(query.trim())) choose([...selected, query.trim()]);
    else setQuery('');
  };
  // A name not among the suggestions is taken as typed, with Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const typed = query.trim();
    if (event.key !== 'Enter' || typed === '') return;
    if (suggestions.some((each) => foldForSearch(each) === foldForSearch(typed))) return;
    event.preventDefault();
    if (!selected.includes(typed)) choose([...selected, typed]);
  };
  const children = useTagPickerFilter({
    query,
    options: suggestions.filter((each) => !selected.includes(each)),
    filter: (option) => foldForSearch(option).includes(foldForSearch(query)),
    noOptionsElement: (
      <TagPickerOption value={FREE}>
        {query.trim() === '' ? strings.ownerNoSuggestions : strings.ownerTakeTyped(query.trim())}
      </TagPickerOption>
    ),
    renderOption: (option) => (
      <TagPickerOption key={option} value={option}>
        {option}
      </TagPickerOption>
    ),
  });
  return (
    <TagPicker onOptionSelect={onOptionSelect} selectedOptions={selected}>
      {/* Named in the user's language: Fluent would name the chevron "Open" + the field's label. */}
      <TagPickerControl expandIcon={{ 'aria-label': strings.ownerSuggestionsOpen }}>
        <TagPickerGroup aria-label={strings.ownersChosen}>
          {selected.map((each) => (
            <Tag key={each} shape="rounded" value={each} dismissible>
              {each}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput
          aria-label={strings.owner}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </TagPickerControl>
      <TagPickerList>{children}</TagPickerList>
    </TagPicker>
  );
}

const FREE = '\u0000free';
