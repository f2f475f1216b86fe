// What the tab shows instead of a blank screen when part of it cannot be shown: most often a piece of
// the tab's code that could not be fetched (offline, or a new version deployed meanwhile), else a bug.
// React unmounts everything below a render error that no boundary catches; this boundary keeps the rest
// of the tab and says, in the member's language, what happened and how to try again.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

interface Props {
  /** What could not be shown, as one sentence ("Beslutningsfeltet kunne ikke hentes."). */
  message: string;
  retryLabel: string;
  /** Called before the boundary shows its children again (a retryable lazy component's `retry`). */
  onRetry: () => void;
  /** Failed before rendering anything (the tab could not start): the message from the outset. */
  failed?: boolean;
  children: ReactNode;
}

export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: this.props.failed ?? false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>{this.props.message}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              this.props.onRetry();
              this.setState({ failed: false });
            }}
          >
            {this.props.retryLabel}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
