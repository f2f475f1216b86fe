// The configuration page's state: the settings as typed, the chosen folder checked a moment after the
// last keystroke, and whether Save may be pressed (told to the host whenever it changes).
import { useEffect, useRef, useState } from 'react';
import { isValidListName, type TabSettings } from './tabSettings';

export interface FolderCheck {
  found: boolean;
  /** The channel's files folder's name, to show what "empty" means. */
  channelFolderName: string | null;
  /** How many agendas and minutes the folder holds, its subfolders included; null when not counted. */
  documents?: number | null;
}

type Check = { status: 'checking' } | { status: 'done'; result: FolderCheck } | { status: 'failed' };

/** The folder check of the subfolder typed last, 300 ms after typing stops; an older answer is dropped. */
function useFolderCheck(subfolder: string, checkFolder: (subfolder: string) => Promise<FolderCheck>) {
  const [check, setCheck] = useState<Check>({ status: 'checking' });
  useEffect(() => {
    let live = true;
    setCheck({ status: 'checking' });
    const timer = setTimeout(() => {
      void checkFolder(subfolder)
        .then((result) => live && setCheck({ status: 'done', result }))
        .catch(() => live && setCheck({ status: 'failed' }));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [subfolder, checkFolder]);
  return check;
}

export function useConfigPage(
  initial: TabSettings,
  checkFolder: (subfolder: string) => Promise<FolderCheck>,
  setValid: (valid: boolean) => void,
  registerSave: (current: () => TabSettings) => void,
) {
  const [settings, setSettings] = useState(initial);
  const current = useRef(settings);
  current.current = settings;
  useEffect(() => registerSave(() => current.current), [registerSave]);
  const check = useFolderCheck(settings.subfolder, checkFolder);

  const listValid = isValidListName(settings.listName);
  const folderValid = check.status === 'done' && check.result.found;
  const valid = listValid && folderValid;
  useEffect(() => setValid(valid), [valid, setValid]);
  return { settings, setSettings, check, listValid, valid };
}
