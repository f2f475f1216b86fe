// The app shell: theme and language providers around the page.
import { FluentProvider, makeStyles, type Theme, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Language } from '../strings/strings';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1400px',
    marginInline: 'auto',
  },
});

interface Props {
  theme: Theme;
  language: Language;
  children: ReactNode;
}

/** Theme, language and page margins around whichever page the composition root chose. */
export function App({ theme, language, children }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={language}>
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}
