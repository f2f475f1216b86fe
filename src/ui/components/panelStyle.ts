// A framed panel inside an open point (the decision editor, the discussion): one look for both.
import { tokens } from '@fluentui/react-components';

export const PANEL_STYLE = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
} as const;
