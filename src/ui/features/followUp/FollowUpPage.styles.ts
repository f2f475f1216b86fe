import { makeStyles, tokens } from '@fluentui/react-components';

export const useFollowUpPageStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '> *': { flex: '1 1 12rem' },
  },
  scroll: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  badge: { marginInlineStart: tokens.spacingHorizontalS },
});
