import { makeStyles, tokens } from '@fluentui/react-components';

export const useMeetingViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The meeting side panel: 320 px, so tighter spacing and a smaller title.
  compact: { gap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2 },
  pointHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  pointMeta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
  current: { backgroundColor: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusMedium },
  outcome: { marginInlineStart: tokens.spacingHorizontalS },
  sectionHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});
