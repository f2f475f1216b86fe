import { makeStyles, tokens } from '@fluentui/react-components';

export const useLibraryPageStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(260px, 1fr)' },
  },
  // The side panel never gets the two-column layout, whatever the window's width.
  compact: {
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
    gap: tokens.spacingVerticalL,
  },
  aside: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  search: { width: '100%', maxWidth: '100%', minWidth: 0, boxSizing: 'border-box' },
  hit: { display: 'flex', flexDirection: 'column' },
  snippet: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  documents: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  progress: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});
