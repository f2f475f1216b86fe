import { FailureError } from '../failure';

/** Thrown only for text that is no Chefforum agenda or minutes at all; odd documents become `issues`. */
export class NotAReferatError extends FailureError {
  constructor(
    message = 'The text is not a Chefforum agenda or minutes: it has no header and no "Punkt N:" lines.',
  ) {
    super({ code: 'not-a-referat' }, message);
    this.name = 'NotAReferatError';
  }
}
