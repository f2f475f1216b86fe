import { makeStyles, tokens } from '@fluentui/react-components';
import { PANEL_STYLE } from '../../components/panelStyle';

export const usePointDiscussionStyles = makeStyles({
  root: PANEL_STYLE,
  comments: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  comment: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke2,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  text: { whiteSpace: 'pre-wrap' },
});
