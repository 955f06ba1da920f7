/** A problem the user must fix before the command can run: printed as one line, never as a stack trace. */
export class UsageError extends Error {}
