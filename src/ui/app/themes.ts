// Teams' three themes (and the same names for `?theme=` outside Teams) → Fluent v9 themes.
import {
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';

export type ThemeName = 'default' | 'dark' | 'contrast';

const THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The named theme; light for anything unknown (Teams' newer "glass" included, until we know better). */
export function themeFor(name: string | null): Theme {
  return THEMES[(name ?? 'default') as ThemeName] ?? teamsLightTheme;
}
