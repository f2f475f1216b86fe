import { makeStyles, tokens } from '@fluentui/react-components';
import { PANEL_STYLE } from '../../components/panelStyle';

export const useDecisionEditorStyles = makeStyles({
  root: PANEL_STYLE,
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '> *': { flex: '1 1 12rem', minWidth: 0 },
  },
  outcomes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  outcome: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    marginBlockEnd: tokens.spacingVerticalXS,
  },
  // A select is as wide as its longest option unless told otherwise: too wide for a 320 px side panel.
  select: { maxWidth: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  version: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
  },
  // Changed words are told by more than colour: underlined or struck through, and named to screen readers.
  added: { textDecorationLine: 'underline', backgroundColor: tokens.colorPaletteGreenBackground1 },
  removed: { textDecorationLine: 'line-through', backgroundColor: tokens.colorPaletteRedBackground1 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginInlineStart: 0, marginBlockEnd: tokens.spacingVerticalXS },
});
