// The configuration page Teams shows when the tab is added (pages.config): the folder of the forum's
// documents (default: the channel's own files folder) and the decision list's name. Save is enabled
// only when both are valid; the settings go into the tab's address.
import { Field, Input, MessageBar, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { Strings } from '../../../strings/strings';
import type { TabSettings } from './tabSettings';
import { type FolderCheck, useConfigPage } from './useConfigPage';

interface Props {
  strings: Strings;
  initial: TabSettings;
  checkFolder: (subfolder: string) => Promise<FolderCheck>;
  /** Tells the host whether Save may be pressed. */
  setValid: (valid: boolean) => void;
  /** Gives the host what to save when Save is pressed. */
  registerSave: (current: () => TabSettings) => void;
}

export function ConfigPage({ strings, initial, checkFolder, setValid, registerSave }: Props) {
  const { settings, setSettings, check, listValid, valid } = useConfigPage(
    initial,
    checkFolder,
    setValid,
    registerSave,
  );
  return (
    <main>
      <Title2 as="h1">{strings.configTitle}</Title2>
      <Text block>{strings.configIntro}</Text>
      <Field
        label={strings.configFolder}
        hint={check.status === 'done' ? folderHint(strings, check.result) : strings.configFolderHint}
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

/** The folder field's hint: what an empty folder means, and how many documents the chosen one holds. */
function folderHint(strings: Strings, result: FolderCheck): string {
  return [
    strings.configFolderHint,
    result.channelFolderName && strings.configChannelFolder(result.channelFolderName),
    typeof result.documents === 'number' && strings.configDocumentsFound(result.documents),
  ]
    .filter(Boolean)
    .join(' ');
}
