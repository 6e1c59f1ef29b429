package dev.conflictstream.schema.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for the Confluent wire format: magic byte 0, the writer schema's registry id as a
 * 4-byte big-endian int, then the Avro binary body. Serializing registers the schema under
 * the subject once; deserializing fetches the writer schema by id once and resolves it to
 * the reader schema, so consumers keep working across compatible schema changes.
 * Null stays null both ways (tombstones).
 *
 * @param <T> a generated SpecificRecord class, or String for Avro string keys
 */
public final class ConfluentAvroSerde<T> implements Serde<T> {
    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 5;

    static {
        TrustedAvroClasses.install();
    }

    private final SchemaRegistryClient registry;
    private final String subject;
    private final Schema registeredSchema;
    private final Schema readerSchema;
    private final DatumWriter<T> writer;
    private final Map<Integer, DatumReader<T>> readersByWriterId = new ConcurrentHashMap<>();
    private volatile int writerId = -1;
    private volatile byte[] header;

    /**
     * @param registeredSchema the schema registered and written with
     * @param readerSchema     the same schema, possibly with Java-binding properties that the
     *                         registry should not see (they change the schema's text)
     */
    private ConfluentAvroSerde(SchemaRegistryClient registry, String subject, Schema registeredSchema, Schema readerSchema) {
        this.registry = registry;
        this.subject = subject;
        this.registeredSchema = registeredSchema;
        this.readerSchema = readerSchema;
        this.writer = new SpecificDatumWriter<>(readerSchema, AvroBytes.model(readerSchema));
    }

    /** Serde for a generated record class under {@code subject}. */
    public static <T extends org.apache.avro.specific.SpecificRecord> ConfluentAvroSerde<T> forRecord(
            SchemaRegistryClient registry, String subject, Class<T> type) {
        Schema schema = SpecificData.get().getSchema(type);
        return new ConfluentAvroSerde<>(registry, subject, schema, schema);
    }

    /**
     * Serde for Avro {@code "string"} keys under {@code subject}, as Confluent's serializer
     * writes them: the registered schema is the plain primitive {@code "string"} (what a
     * Confluent producer registers for a String), decoded as java.lang.String rather than Utf8.
     */
    public static ConfluentAvroSerde<String> forString(SchemaRegistryClient registry, String subject) {
        Schema javaString = Schema.create(Schema.Type.STRING);
        javaString.addProp(GenericStringType.PROP, GenericStringType.JAVA_STRING);
        return new ConfluentAvroSerde<>(registry, subject, Schema.create(Schema.Type.STRING), javaString);
    }

    public String subject() {
        return subject;
    }

    public byte[] serialize(T value) {
        if (value == null) {
            return null;
        }
        try {
            return AvroBytes.write(writer, value, header());
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot serialize for subject " + subject + ": " + e.getMessage(), e);
        }
    }

    public T deserialize(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < HEADER_LENGTH || bytes[0] != MAGIC_BYTE) {
            throw new SerializationException("not Confluent wire format (subject " + subject + "): "
                    + (bytes.length == 0 ? "empty record" : bytes[0] != MAGIC_BYTE
                            ? "unknown magic byte " + bytes[0] + ", expected 0"
                            : "only " + bytes.length + " bytes, shorter than the 5-byte header")
                    + "; expected magic byte 0, a 4-byte big-endian schema id, then the Avro body");
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        try {
            return AvroBytes.read(readerFor(id), bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot deserialize schema id " + id + " for subject " + subject + ": " + e.getMessage(), e);
        }
    }

    /** The magic byte and the writer schema's id, built once. */
    private byte[] header() {
        byte[] h = header;
        if (h == null) {
            h = ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC_BYTE).putInt(writerId()).array();
            header = h;
        }
        return h;
    }

    private int writerId() {
        int id = writerId;
        if (id < 0) {
            id = registry.register(subject, registeredSchema);
            writerId = id;
        }
        return id;
    }

    private DatumReader<T> readerFor(int id) {
        return readersByWriterId.computeIfAbsent(id, writerSchemaId ->
                new SpecificDatumReader<>(registry.schemaById(writerSchemaId), readerSchema, AvroBytes.model(readerSchema)));
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> serialize(data);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> deserialize(data);
    }

    /** Avro's property that makes string values decode as java.lang.String, not Utf8. */
    private static final class GenericStringType {
        static final String PROP = "avro.java.string";
        static final String JAVA_STRING = "String";
    }
}
