package dev.conflictstream.aggregate;

import dev.conflictstream.schema.serde.AvroBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary of a generated record, without the Confluent wire format: for state store
 * values, which never leave the aggregate and are always read with the schema that wrote them
 * (a schema change comes with a new application id, see docs/operations.md). Skips the
 * registry's schema id and its lookups on every store read and write.
 */
final class AvroBinarySerde<T extends SpecificRecord> implements Serde<T> {
    private static final byte[] NO_HEADER = {};
    private final SpecificDatumWriter<T> writer;
    private final SpecificDatumReader<T> reader;

    AvroBinarySerde(Class<T> type) {
        Schema schema = SpecificData.get().getSchema(type);
        this.writer = new SpecificDatumWriter<>(schema, AvroBytes.model(schema));
        this.reader = new SpecificDatumReader<>(schema, schema, AvroBytes.model(schema));
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return AvroBytes.write(writer, value, NO_HEADER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return AvroBytes.read(reader, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
