package dev.conflictstream.launcher;

/**
 * A problem the user can fix (nothing to connect to, a pipeline already running on the data
 * dir): {@link Main} prints its message as one line and exits non-zero, never a stack trace.
 */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
