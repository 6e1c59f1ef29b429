package dev.conflictstream.schema.serde;

/** A registry call failed: unreachable, refused (e.g. incompatible schema) or unknown id. */
public class SchemaRegistryException extends RuntimeException {
    public SchemaRegistryException(String message) {
        super(message);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
