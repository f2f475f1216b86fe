// The owner field (a Fluent v9 TagPicker): people from the organisation's directory, found as one types,
// and the roles the forum uses as suggestions; several allowed. Enter or a click on an option stores
// that owner — a person with their id — and the typed text is kept as text only when its own option
// ("Brug "…" som tekst") is chosen.
import {
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { ownerKey } from '../../../domain/followUp/owners';
import type { Strings } from '../../../strings/strings';
import { AS_TEXT, type OwnerOptions, useOwnerPicker } from './useOwnerPicker';

interface Props {
  owner: string | null;
  options: OwnerOptions;
  strings: Strings;
  onChange: (owner: string | null) => void;
}

export function OwnerPicker({ owner, options, strings, onChange }: Props) {
  const picker = useOwnerPicker(owner, options, onChange);
  const typed = picker.query.trim();
  return (
    <TagPicker
      onOptionSelect={(_, data) => picker.choose(data.selectedOptions)}
      selectedOptions={picker.selected.map(ownerKey)}
    >
      {/* Named in the user's language: Fluent would name the chevron "Open" + the field's label. */}
      <TagPickerControl expandIcon={{ 'aria-label': strings.ownerSuggestionsOpen }}>
        <TagPickerGroup aria-label={strings.ownersChosen}>
          {picker.selected.map((each) => (
            <Tag key={ownerKey(each)} shape="rounded" value={ownerKey(each)} dismissible>
              {each.name}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput
          aria-label={strings.owner}
          value={picker.query}
          onChange={(event) => picker.setQuery(event.target.value)}
        />
      </TagPickerControl>
      <TagPickerList>
        {picker.shown.map((each) => (
          <TagPickerOption
            key={ownerKey(each)}
            value={ownerKey(each)}
            text={each.name}
            secondaryContent={each.id ? strings.ownerPerson : strings.ownerText}
          >
            {each.name}
          </TagPickerOption>
        ))}
        {picker.offerText && (
          <TagPickerOption value={AS_TEXT} text={strings.ownerAsText(typed)}>
            {strings.ownerAsText(typed)}
          </TagPickerOption>
        )}
        {picker.failed && (
          <TagPickerOption value={NOTHING} text={strings.ownerSearchFailed}>
            {strings.ownerSearchFailed}
          </TagPickerOption>
        )}
        {picker.shown.length === 0 && !picker.offerText && !picker.failed && (
          <TagPickerOption value={NOTHING} text={strings.ownerNoSuggestions}>
            {strings.ownerNoSuggestions}
          </TagPickerOption>
        )}
      </TagPickerList>
    </TagPicker>
  );
}

// A message in the list (nothing found, the search failed): choosing it changes nothing.
const NOTHING = '\u0000nothing';
