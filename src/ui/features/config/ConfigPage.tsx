// The configuration page Teams shows when the tab is added (pages.config): the folder of the forum's
// documents (default: the channel's own files folder) and the decision list's name. Save is enabled
// only when both are valid; the settings go into the tab's address.
import { Field, Input, MessageBar, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Strings } from '../../strings/strings';
import { isValidListName, type TabSettings } from './tabSettings';

export interface FolderCheck {
  found: boolean;
  /** The channel's files folder's name, to show what "empty" means. */
  channelFolderName: string | null;
  /** How many agendas and minutes the folder holds, its subfolders included; null when not counted. */
  documents?: number | null;
}

interface Props {
  strings: Strings;
  initial: TabSettings;
  checkFolder: (subfolder: string) => Promise<FolderCheck>;
  /** Tells the host whether Save may be pressed. */
  setValid: (valid: boolean) => void;
  /** Gives the host what to save when Save is pressed. */
  registerSave: (current: () => TabSettings) => void;
}

type Check = { status: 'checking' } | { status: 'done'; result: FolderCheck } | { status: 'failed' };

export function ConfigPage({ strings, initial, checkFolder, setValid, registerSave }: Props) {
  const [settings, setSettings] = useState(initial);
  const [check, setCheck] = useState<Check>({ status: 'checking' });
  const current = useRef(settings);
  current.current = settings;

  useEffect(() => registerSave(() => current.current), [registerSave]);

  useEffect(() => {
    let live = true;
    setCheck({ status: 'checking' });
    const timer = setTimeout(() => {
      void checkFolder(settings.subfolder)
        .then((result) => live && setCheck({ status: 'done', result }))
        .catch(() => live && setCheck({ status: 'failed' }));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [settings.subfolder, checkFolder]);

  const listValid = isValidListName(settings.listName);
  const folderValid = check.status === 'done' && check.result.found;
  const valid = listValid && folderValid;
  useEffect(() => setValid(valid), [valid, setValid]);

  return (
    <main>
      <Title2 as="h1">{strings.configTitle}</Title2>
      <Text block>{strings.configIntro}</Text>
      <Field
        label={strings.configFolder}
        hint={
          check.status === 'done'
            ? [
                strings.configFolderHint,
                check.result.channelFolderName && strings.configChannelFolder(check.result.channelFolderName),
                typeof check.result.documents === 'number' &&
                  strings.configDocumentsFound(check.result.documents),
              ]
                .filter(Boolean)
                .join(' ')
            : strings.configFolderHint
        }
        validationState={check.status === 'done' && !check.result.found ? 'error' : 'none'}
        validationMessage={
          check.status === 'done' && !check.result.found
            ? strings.configFolderMissing(settings.subfolder)
            : undefined
        }
      >
        <Input
          value={settings.subfolder}
          onChange={(_, data) => setSettings({ ...settings, subfolder: data.value })}
        />
      </Field>
      <Field
        label={strings.configList}
        hint={strings.configListHint}
        validationState={listValid ? 'none' : 'error'}
        validationMessage={listValid ? undefined : strings.configListInvalid}
      >
        <Input
          value={settings.listName}
          onChange={(_, data) => setSettings({ ...settings, listName: data.value })}
        />
      </Field>
      {check.status === 'checking' && <Spinner size="tiny" label={strings.configChecking} />}
      {check.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.failure.unexpected}</MessageBarBody>
        </MessageBar>
      )}
      {valid && <Text role="status">{strings.configReady}</Text>}
    </main>
  );
}
