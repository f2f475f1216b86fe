// A failure as one sentence in the user's language: the code's sentence, or a more precise one when
// the failure carries what it needs (the permission Graph named, why a file cannot be read …).
import type { Failure } from '../domain/failure';
import type { Strings } from './da';

export function describeFailure(strings: Strings, failure: Failure): string {
  switch (failure.code) {
    case 'forbidden':
      return failure.missingPermission
        ? strings.missingPermission(failure.missingPermission)
        : strings.failure.forbidden;
    case 'unreadable':
      return strings.unreadable[failure.reason];
    case 'sign-in-needed':
      return failure.reason === 'popup-blocked' ? strings.popupBlocked : strings.failure['sign-in-needed'];
    default:
      return strings.failure[failure.code];
  }
}
