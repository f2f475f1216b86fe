// Which language the user gets: `?lang=` first, then the browser's (later: Teams') locale; Danish by default.
import { da, type Strings } from './da';
import { en } from './en';

export type Language = 'da' | 'en';

const TABLES: Record<Language, Strings> = { da, en };

/** Danish unless the forced or preferred locale is English. */
export function languageOf(forced: string | null, locales: readonly string[]): Language {
  const wanted = forced ?? locales[0] ?? 'da';
  return wanted.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function stringsFor(language: Language): Strings {
  return TABLES[language];
}

export type { Strings };
