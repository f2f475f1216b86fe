// A day field as a Danish municipality writes it: "05.11.2025" (or "5. november 2025") typed and shown,
// never ISO and never the browser's own date field, whose format follows the browser's locale
// (mm/dd/yyyy in an American Chromium). No Fluent date picker is installed; see README.
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { numericDay, parseDanishDay } from '../../domain/danishDay';
import type { Strings } from '../strings/strings';

interface Props {
  label: string;
  /** The ISO day, or null for none. */
  value: string | null;
  onChange: (day: string | null) => void;
  strings: Strings;
  hint?: string;
}

export function DayInput({ label, value, onChange, strings, hint }: Props) {
  const [text, setText] = useState(value ? numericDay(value) : '');
  const [invalid, setInvalid] = useState(false);
  // Another source (a merge, a reload) may change the day: show it unless the user is mid-correction.
  useEffect(() => {
    setText(value ? numericDay(value) : '');
    setInvalid(false);
  }, [value]);
  const commit = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const day = parseDanishDay(text);
    setInvalid(day === null);
    if (day !== null && day !== value) onChange(day);
    if (day !== null) setText(numericDay(day));
  };
  return (
    <Field
      label={label}
      hint={hint ?? strings.dateHint}
      validationMessage={invalid ? strings.dateInvalid : undefined}
      validationState={invalid ? 'error' : 'none'}
    >
      <Input
        type="text"
        inputMode="numeric"
        placeholder="dd.mm.åååå"
        value={text}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
