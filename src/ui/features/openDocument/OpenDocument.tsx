// Pick a dagsorden or referat file and read it as a meeting, entirely in the browser.
import { Field, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import { describeFailure } from '../../../strings/describeFailure';
import { describeIssue } from '../../../strings/describeIssue';
import type { Language, Strings } from '../../../strings/strings';
import { MeetingView } from '../meeting/MeetingView';
import { type ReadMeeting, useOpenDocument } from './useOpenDocument';

interface Props {
  readMeeting: ReadMeeting;
  strings: Strings;
  language: Language;
}

export function OpenDocument({ readMeeting, strings, language }: Props) {
  const { state, open } = useOpenDocument(readMeeting);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void open(file);
  };
  return (
    <main>
      <Field label={strings.openDocumentLabel} hint={strings.openDocumentHint}>
        {(fieldProps) => <input {...fieldProps} type="file" accept=".pdf,.docx,.txt" onChange={onChange} />}
      </Field>
      {state.status === 'loading' && <Spinner label={strings.reading} />}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{`${state.fileName}: ${describeFailure(strings, state.failure)}`}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' &&
        state.warnings.map((warning) => (
          <MessageBar key={warning.code} intent="warning">
            <MessageBarBody>{`${state.fileName}: ${strings.readerWarning[warning.code](warning.count)}`}</MessageBarBody>
          </MessageBar>
        ))}
      {state.status === 'ready' && state.meeting.issues.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.issuesFound(state.meeting.issues.length)}
            <ul>
              {state.meeting.issues.map((issue, index) => (
                <li key={index}>{describeIssue(strings, issue)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <MeetingView meeting={state.meeting} strings={strings} language={language} />
      )}
    </main>
  );
}
