/** An error whose message is shown to the user as one line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** What to print on standard output all the same (e.g. the detection result of `analyze --json`). */
    readonly output?: string,
  ) {
    super(message);
  }
}
