/**
 * Thrown instead of starting a render when a stop request (Ctrl-C, SIGTERM) has come: the
 * output is left as it was, and the build ends as after any other stop.
 */
export class StopRequested extends Error {
  constructor() {
    super('stop requested');
    this.name = 'StopRequested';
  }
}
