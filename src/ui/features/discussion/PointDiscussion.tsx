// Under an open point: "Kopiér link til punkt", the number of comments and the latest few (author and
// time), a box to comment in, and a link to the whole thread in Teams. Comments are shown as text.
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import { describeFailure } from '../../../strings/describeFailure';
import type { Language, Strings } from '../../../strings/strings';
import { CopyPointLink } from './CopyPointLink';
import { usePointDiscussionStyles } from './PointDiscussion.styles';
import { type DiscussionServices, usePointDiscussion } from './usePointDiscussion';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  services: DiscussionServices;
  strings: Strings;
  language: Language;
}

const LATEST = 3;

export function PointDiscussion({ meeting, item, services, strings, language }: Props) {
  const styles = usePointDiscussionStyles();
  const discussion = usePointDiscussion(meeting, item, services);
  const { state } = discussion;
  const id = `droeftelse-${item.number}`;
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {strings.discussionHeading}
      </Subtitle2>
      <CopyPointLink meeting={meeting} item={item} services={services} strings={strings} />
      {state.status === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>{`${strings.commentsUnavailable} ${describeFailure(strings, state.failure)}`}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <Comments state={state} services={services} strings={strings} language={language} />
      )}
      <CommentForm discussion={discussion} strings={strings} />
    </section>
  );
}

type Discussion = ReturnType<typeof usePointDiscussion>;

/** How many comments there are, the latest few, and a link to the whole thread. */
function Comments({
  state,
  services,
  strings,
  language,
}: Pick<Props, 'services' | 'strings' | 'language'> & {
  state: Extract<Discussion['state'], { status: 'ready' }>;
}) {
  const styles = usePointDiscussionStyles();
  const when = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <>
      <Text>{strings.commentCount(state.replies.length)}</Text>
      {state.replies.length > 0 && (
        <ul className={styles.comments} aria-label={strings.latestComments}>
          {state.replies.slice(-LATEST).map((reply) => (
            <li key={reply.id} className={styles.comment}>
              <Text weight="semibold">{reply.author ?? '–'}</Text>{' '}
              <Text size={200}>{when.format(new Date(reply.createdDateTime))}</Text>
              <Text block className={styles.text}>
                {reply.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {state.threadId && services.threadUrl(state.threadId) && (
        <Link href={services.threadUrl(state.threadId)!} target="_blank" rel="noreferrer">
          {strings.openThread}
        </Link>
      )}
    </>
  );
}

/** The box to comment in; what could not be sent stays in it. */
function CommentForm({ discussion, strings }: { discussion: Discussion; strings: Strings }) {
  const [text, setText] = useState('');
  const { failure } = discussion;
  return (
    <>
      <Field label={strings.commentLabel}>
        <Textarea resize="vertical" value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {`${strings.commentFailed} ${describeFailure(strings, failure)} ${strings.commentKept}`}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          disabled={discussion.posting || text.trim() === ''}
          onClick={() => void discussion.comment(text).then((sent) => sent && setText(''))}
        >
          {discussion.posting ? strings.commenting : strings.commentButton}
        </Button>
      </div>
    </>
  );
}
