// What Teams shows when the tab is removed: what removing means, and the remove handler answered.
import { Text, Title2 } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Strings } from '../../../strings/strings';

interface Props {
  strings: Strings;
  onRemove: (remove: () => Promise<void>) => void;
}

export function RemovePage({ strings, onRemove }: Props) {
  // Nothing of ours lives in the tab itself: the documents, the list and the threads stay.
  useEffect(() => onRemove(async () => undefined), [onRemove]);
  return (
    <main>
      <Title2 as="h1">{strings.removeTitle}</Title2>
      <Text block>{strings.removeText}</Text>
    </main>
  );
}
