package dev.conflictstream.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.schema.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The serde against the published Confluent wire format, byte for byte. */
class ConfluentAvroSerdeTest {
    private static final String SUBJECT = "conflict.articles.v1-value";

    static Article article() {
        return Article.newBuilder()
                .setId("a-1")
                .setUrl("https://example.org/kursk")
                .setTitle("Fighting near Sudzha")
                .setPublished(LocalDate.of(2025, 2, 7))
                .setSource(null)
                .setText("Two people were killed in a drone strike on Sumy.")
                .setOrigin("samples/kursk.txt")
                .setIngestedAt(Instant.ofEpochMilli(1_738_900_000_123L))
                .build();
    }

    @Test
    void writesMagicByteThenBigEndianIdThenTheAvroBinaryBody() throws IOException {
        FixedIdRegistry registry = new FixedIdRegistry(0x0A0B0C0D);
        byte[] bytes = ConfluentAvroSerde.forRecord(registry, SUBJECT, Article.class).serialize(article());

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(body, null);
        new SpecificDatumWriter<>(Article.class).write(article(), encoder);
        encoder.flush();

        assertThat(bytes[0]).isEqualTo((byte) 0);
        assertThat(Arrays.copyOfRange(bytes, 1, 5)).containsExactly(0x0A, 0x0B, 0x0C, 0x0D);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(body.toByteArray());
        assertThat(registry.registered).containsExactly(SUBJECT + " " + Article.getClassSchema());
    }

    /** Writers share a per-thread buffer and encoder: a record that fails half-way must leave nothing behind. */
    @Test
    void aRecordThatFailsHalfWayLeavesNoBytesInTheNextOne() {
        ConfluentAvroSerde<Article> serde = ConfluentAvroSerde.forRecord(new FixedIdRegistry(1), SUBJECT, Article.class);
        byte[] clean = serde.serialize(article());
        Article broken = article();
        broken.setText(null); // id, url and title are written before the null fails
        assertThatThrownBy(() -> serde.serialize(broken)).isInstanceOf(SerializationException.class);
        assertThat(serde.serialize(article())).isEqualTo(clean);
    }

    @Test
    void stringKeysAreZigzagLengthThenUtf8AndRegisterThePlainStringSchema() {
        FixedIdRegistry registry = new FixedIdRegistry(7);
        ConfluentAvroSerde<String> keys = ConfluentAvroSerde.forString(registry, "conflict.articles.v1-key");

        // "Sudža": 6 UTF-8 bytes (ž is two), zigzag(6) = 12
        assertThat(keys.serialize("Sudža")).containsExactly(0, 0, 0, 0, 7, 12, 'S', 'u', 'd', 0xC5, 0xBE, 'a');
        // 100 bytes: zigzag(100) = 200 = varint 0xC8 0x01
        byte[] long100 = keys.serialize("x".repeat(100));
        assertThat(Arrays.copyOfRange(long100, 5, 7)).containsExactly(0xC8, 0x01);
        assertThat(long100).hasSize(5 + 2 + 100);
        assertThat(registry.registered).containsExactly("conflict.articles.v1-key \"string\"");
    }

    @Test
    void decodesAHandBuiltStringKey() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        int id = registry.register("k", Schema.create(Schema.Type.STRING));
        byte[] bytes = {0, 0, 0, 0, (byte) id, 6, 'a', 'b', 'c'};

        Object decoded = ConfluentAvroSerde.forString(registry, "k").deserialize(bytes);

        assertThat(decoded).isInstanceOf(String.class).isEqualTo("abc");
    }

    @Test
    void roundTripsARecordThroughTheRegistry() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        ConfluentAvroSerde<Article> serde = ConfluentAvroSerde.forRecord(registry, SUBJECT, Article.class);

        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", article()))).isEqualTo(article());
    }

    @Test
    void nullStaysNullBothWays() {
        ConfluentAvroSerde<Article> serde = ConfluentAvroSerde.forRecord(new FixedIdRegistry(1), SUBJECT, Article.class);

        assertThat(serde.serialize(null)).isNull();
        assertThat(serde.deserialize(null)).isNull();
    }

    @Test
    void rejectsAWrongMagicByteWithAClearMessage() {
        ConfluentAvroSerde<String> serde = ConfluentAvroSerde.forString(new FixedIdRegistry(1), "k");

        assertThatThrownBy(() -> serde.deserialize(new byte[] {1, 0, 0, 0, 1, 6, 'a', 'b', 'c'}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown magic byte 1")
                .hasMessageContaining("subject k");
        assertThatThrownBy(() -> serde.deserialize(new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("shorter than the 5-byte header");
        assertThatThrownBy(() -> serde.deserialize(new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("empty record");
    }

    @Test
    void anUnknownSchemaIdFailsWithTheId() {
        ConfluentAvroSerde<String> serde = ConfluentAvroSerde.forString(new InMemorySchemaRegistryClient(), "k");

        assertThatThrownBy(() -> serde.deserialize(new byte[] {0, 0, 0, 1, 0, 6, 'a', 'b', 'c'}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 256");
    }

    @Test
    void decodesANewerWriterSchemaWithAnAddedFieldIntoTheReaderSchema() throws IOException {
        Schema writer = withExtraField(Article.getClassSchema());
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        int id = registry.register(SUBJECT, writer);

        GenericRecord record = new GenericData.Record(writer);
        Article expected = article();
        for (Schema.Field field : Article.getClassSchema().getFields()) {
            record.put(field.name(), genericValue(expected, field.name()));
        }
        record.put("language", "en");
        byte[] bytes = wire(id, writer, record);

        Article decoded = ConfluentAvroSerde.forRecord(registry, SUBJECT, Article.class).deserialize(bytes);

        assertThat(decoded).isEqualTo(expected);
    }

    @Test
    void registersOncePerSerdeAndFetchesEachWriterSchemaOnce() {
        CountingRegistry registry = new CountingRegistry();
        ConfluentAvroSerde<Article> serde = ConfluentAvroSerde.forRecord(registry, SUBJECT, Article.class);

        byte[] first = serde.serialize(article());
        serde.serialize(article());
        serde.deserialize(first);
        serde.deserialize(first);

        assertThat(registry.registrations.get()).isEqualTo(1);
        assertThat(registry.fetches.get()).isEqualTo(1);
    }

    /** Article with a new optional field in the middle, as a later producer might write it. */
    private static Schema withExtraField(Schema schema) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
            if (field.name().equals("title")) {
                fields.add(new Schema.Field("language", Schema.create(Schema.Type.STRING), "ISO 639-1 code", "und"));
            }
        }
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    /** The generic (non-logical) value of an Article field: dates as days, instants as millis. */
    private static Object genericValue(Article article, String field) {
        Object value = article.get(field);
        if (value instanceof LocalDate date) {
            return (int) date.toEpochDay();
        }
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        return value;
    }

    private static byte[] wire(int id, Schema writer, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(writer).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** Answers every registration with one id; records what was registered. */
    private static final class FixedIdRegistry implements SchemaRegistryClient {
        final int id;
        final List<String> registered = new ArrayList<>();

        FixedIdRegistry(int id) {
            this.id = id;
        }

        @Override
        public int register(String subject, Schema schema) {
            registered.add(subject + " " + schema);
            return id;
        }

        @Override
        public Schema schemaById(int id) {
            throw new SchemaRegistryException("no schema " + id);
        }
    }

    private static final class CountingRegistry implements SchemaRegistryClient {
        final InMemorySchemaRegistryClient delegate = new InMemorySchemaRegistryClient();
        final AtomicInteger registrations = new AtomicInteger();
        final AtomicInteger fetches = new AtomicInteger();

        @Override
        public int register(String subject, Schema schema) {
            registrations.incrementAndGet();
            return delegate.register(subject, schema);
        }

        @Override
        public Schema schemaById(int id) {
            fetches.incrementAndGet();
            return delegate.schemaById(id);
        }
    }

}
