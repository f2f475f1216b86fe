// What a configured tab remembers (in its contentUrl): the folder of the forum's documents inside the
// channel's files and the decision list's name. Read back by the tab from its own address.

export interface TabSettings {
  /** '' for the channel's own files folder. */
  subfolder: string;
  listName: string;
}

// Characters SharePoint does not allow in a list's name.
const FORBIDDEN = /[\\/:*?"<>|#%]/;

export function isValidListName(name: string): boolean {
  return name.trim() !== '' && name.trim().length <= 255 && !FORBIDDEN.test(name);
}

/** The tab's address with its settings in the query (the rest of the address kept). */
export function withTabSettings(base: string, settings: TabSettings): string {
  const url = new URL(base);
  url.searchParams.delete('folder');
  url.searchParams.delete('list');
  if (settings.subfolder.trim() !== '') url.searchParams.set('folder', settings.subfolder.trim());
  url.searchParams.set('list', settings.listName.trim());
  return url.toString();
}

export function tabSettingsOf(params: URLSearchParams, defaultList: string): TabSettings {
  return { subfolder: params.get('folder') ?? '', listName: params.get('list') || defaultList };
}
