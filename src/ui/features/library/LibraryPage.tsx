// The tab's main page: the current (or chosen) meeting, and beside it the archive with its search and
// the documents that could not be shown. Loading shows skeletons; a failure one sentence and a retry.
import {
  Button,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { type Failure, failureOf } from '../../../domain/failure';
import { formatMoment } from '../../format';
import { describeFailure } from '../../../strings/describeFailure';
import type { Strings } from '../../../strings/strings';
import { DecidedMeetingView } from '../decisions/DecidedMeetingView';
import { MeetingView } from '../meeting/MeetingView';
import { MeetingProgressBar } from '../meetingProgress/MeetingProgressBar';
import { LibraryArchive } from './LibraryArchive';
import { useLibraryPageStyles } from './LibraryPage.styles';
import type { LibraryPageProps, LibraryViewProps } from './LibraryPage.types';
import { meetingViewProps } from './meetingViewProps';
import { useLibrary } from './useLibrary';
import { type LibraryViewState, useLibraryView } from './useLibraryView';

export type { Place } from './LibraryPage.types';

export function LibraryPage(props: LibraryPageProps) {
  const { state, retry } = useLibrary(props.load);
  const styles = useLibraryPageStyles();
  const { strings } = props;
  // Until the first document is read there is nothing to show but the skeleton.
  if (
    state.status === 'loading' ||
    (state.status === 'ready' && state.library.read === 0 && !state.complete)
  ) {
    return (
      <Skeleton aria-label={strings.loadingLibrary} className={styles.skeleton}>
        <SkeletonItem size={32} style={{ width: '50%' }} />
        <SkeletonItem size={16} style={{ width: '70%' }} />
        {[1, 2, 3, 4, 5].map((key) => (
          <SkeletonItem key={key} size={24} />
        ))}
      </Skeleton>
    );
  }
  if (state.status === 'failed' && state.failure.code === 'unauthenticated' && props.signIn) {
    return <SignInBar signIn={props.signIn} retry={retry} strings={strings} />;
  }
  if (state.status === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{`${strings.loadFailed} ${describeFailure(strings, state.failure)}`}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>{strings.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const { savedAt } = state.library;
  return (
    <>
      {savedAt && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.offlineCopy(formatMoment(savedAt, props.language))}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <LibraryView {...props} library={state.library} complete={state.complete} />
    </>
  );
}

/** The meeting on screen (with its decisions, where they are kept), or why there is none yet. */
function LibraryMain({ props, view }: { props: LibraryViewProps; view: LibraryViewState }) {
  const { shown, live, stored, today } = view;
  const { strings, decisions, now } = props;
  const styles = useLibraryPageStyles();
  let meeting;
  if (shown && decisions)
    meeting = (
      <DecidedMeetingView
        {...meetingViewProps({ props, view, meeting: shown })}
        services={decisions}
        stored={stored}
        today={today}
      />
    );
  else if (shown) meeting = <MeetingView {...meetingViewProps({ props, view, meeting: shown })} />;
  else if (props.complete) meeting = <Text>{strings.emptyLibrary}</Text>;
  else
    meeting = (
      <Skeleton aria-label={strings.loadingLibrary} className={styles.skeleton}>
        <SkeletonItem size={32} style={{ width: '50%' }} />
      </Skeleton>
    );
  return (
    <main>
      {shown && live.following && (
        <MeetingProgressBar meeting={shown} live={live} now={now} strings={strings} />
      )}
      {meeting}
    </main>
  );
}

function LibraryView(props: LibraryViewProps) {
  const view = useLibraryView(props);
  const styles = useLibraryPageStyles();
  return (
    <div className={mergeClasses(styles.root, props.compact && styles.compact)}>
      <LibraryMain props={props} view={view} />
      <LibraryArchive props={props} view={view} />
    </div>
  );
}

/** Consent missing or the sign-in popup blocked: one sentence and a button whose click may open a popup. */
function SignInBar({
  signIn,
  retry,
  strings,
}: {
  signIn: () => Promise<void>;
  retry: () => void;
  strings: Strings;
}) {
  const [failure, setFailure] = useState<Failure>({ code: 'sign-in-needed', reason: 'interaction-required' });
  const run = () => signIn().then(retry, (error: unknown) => setFailure(failureOf(error)));
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{describeFailure(strings, failure)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => void run()}>
          {strings.signIn}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
