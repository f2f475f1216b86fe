import { makeStyles, tokens } from '@fluentui/react-components';

export const useReferatPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  approval: { alignSelf: 'flex-start' },
});
