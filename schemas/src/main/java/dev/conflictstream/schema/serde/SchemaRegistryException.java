package dev.conflictstream.schema.serde;

/**
 * A registry call failed: unreachable, refused (e.g. incompatible schema) or unknown id.
 * When the registry answered, {@link #status()} is the HTTP status and {@link #errorCode()}
 * the registry's {@code error_code} (e.g. 40403 schema not found, 409 incompatible);
 * both are -1 when there was no answer.
 */
public class SchemaRegistryException extends RuntimeException {
    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message) {
        this(message, -1, -1, null);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        this(message, -1, -1, cause);
    }

    public SchemaRegistryException(String message, int status, int errorCode) {
        this(message, status, errorCode, null);
    }

    private SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** HTTP status of the registry's answer, or -1 if it did not answer. */
    public int status() {
        return status;
    }

    /**
     * Whether the failure says nothing about the record: the registry was unreachable, failed
     * (5xx), throttled or timed out (429, 408), or refused this client (401, 403: wrong or
     * missing credentials, an outage until an operator fixes them). Retrying later can succeed;
     * treating the record as poison would lose it.
     */
    public boolean isTransient() {
        return status >= 500 || status == 401 || status == 403 || status == 408 || status == 429
                || (status < 0 && getCause() != null);
    }

    /** Whether {@code failure} or one of its causes is a {@linkplain #isTransient() transient} registry failure. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaRegistryException registry && registry.isTransient()) {
                return true;
            }
        }
        return false;
    }

    /** The registry's {@code error_code}, or -1 if absent. */
    public int errorCode() {
        return errorCode;
    }
}
