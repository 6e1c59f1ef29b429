package dev.conflictstream.schema.serde;

import org.apache.avro.Schema;

/**
 * The two registry operations a Confluent wire-format serde needs. Implementations cache:
 * a schema is registered once per subject and fetched once per id.
 */
public interface SchemaRegistryClient {

    /** Registers (or finds) {@code schema} under {@code subject} and returns its global id. */
    int register(String subject, Schema schema);

    /** The schema with global id {@code id}. */
    Schema schemaById(int id);

    /**
     * A client for the Confluent Schema Registry REST API at {@code urls}
     * (one URL or several separated by commas; the first reachable one is used).
     */
    static SchemaRegistryClient of(String urls) {
        return new HttpSchemaRegistryClient(urls);
    }
}
