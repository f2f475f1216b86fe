/** Thrown only for text that is no Chefforum agenda or minutes at all; odd documents become `issues`. */
export class NotAReferatError extends Error {
  readonly code = 'not-a-referat';

  constructor(
    message = 'The text is not a Chefforum agenda or minutes: it has no header and no "Punkt N:" lines.',
  ) {
    super(message);
    this.name = 'NotAReferatError';
  }
}
