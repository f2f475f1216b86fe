// The app shell: theme and language providers around the features.
import { FluentProvider, makeStyles, type Theme, tokens } from '@fluentui/react-components';
import type { ReadMeeting } from '../features/openDocument/useOpenDocument';
import { OpenDocument } from '../features/openDocument/OpenDocument';
import { type Language, stringsFor } from '../strings/strings';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
    marginInline: 'auto',
  },
});

interface Props {
  theme: Theme;
  language: Language;
  readMeeting: ReadMeeting;
}

export function App({ theme, language, readMeeting }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root}>
        <OpenDocument readMeeting={readMeeting} strings={stringsFor(language)} language={language} />
      </main>
    </FluentProvider>
  );
}
