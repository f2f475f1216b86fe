import { makeStyles, tokens } from '@fluentui/react-components';

// Below this width the table becomes one block per decision, each cell under its own label: five
// columns cannot share 320 px, and a side-scrolling table hides the decision itself.
const NARROW = '@media (max-width: 40rem)';

export const useFollowUpPageStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '> *': { flex: '1 1 12rem', minWidth: 0 },
  },
  scroll: { overflowX: 'auto', [NARROW]: { overflowX: 'visible' } },
  table: {
    tableLayout: 'auto',
    [NARROW]: {
      display: 'block',
      '& thead': { display: 'none' },
      '& tbody, & tr, & td': { display: 'block', width: 'auto', minWidth: 0 },
      '& tr': {
        paddingBlock: tokens.spacingVerticalS,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      '& td': { overflowWrap: 'anywhere' },
      '& td::before': {
        content: 'attr(data-label)',
        display: 'block',
        fontWeight: tokens.fontWeightSemibold,
      },
    },
  },
  // A select is as wide as its longest option ("Gul: i risiko for …"): too wide for 320 px.
  select: { maxWidth: '100%', minWidth: 0, '& select': { minWidth: 0, maxWidth: '100%' } },
  decision: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  badge: { marginInlineStart: tokens.spacingHorizontalS },
});
