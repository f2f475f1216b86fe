// The app shell: theme and language providers around the page. In Teams the theme follows the host
// live (Teams allows one theme handler, registered here).
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';
import type { Language } from '../../strings/strings';
import { themeFor } from './themes';

// The page's own margin, here rather than a style attribute, which the page's CSP refuses.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

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
  compact: { padding: tokens.spacingHorizontalS, gap: tokens.spacingVerticalS },
});

interface Props {
  theme: string | null;
  /** Where theme changes come from: Teams' theme-change handler. */
  onThemeChange?: (handler: (theme: string) => void) => void;
  language: Language;
  compact?: boolean;
  children: ReactNode;
}

/** Theme, language and page margins around whichever page the composition root chose. */
export function App({ theme, onThemeChange, language, compact = false, children }: Props) {
  useGlobalStyles();
  const styles = useStyles();
  const [name, setName] = useState(theme);
  useEffect(() => onThemeChange?.(setName), [onThemeChange]);
  return (
    <FluentProvider theme={themeFor(name)} lang={language} data-theme={name ?? 'default'}>
      <div className={mergeClasses(styles.root, compact && styles.compact)}>{children}</div>
    </FluentProvider>
  );
}
