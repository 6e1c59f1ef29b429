package dev.conflictstream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.RecordSamples.Sample;
import dev.conflictstream.schema.serde.AvroBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.ResolvingDecoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated record class has Avro's generated coders ({@code customEncode}/{@code customDecode},
 * the straight-line path the serdes switch on with {@link AvroBytes#model}), dates and timestamps
 * included (the modified record.vm in src/main/avro-templates), and they are byte for byte Avro's
 * generic walk over the schema: the same bytes written, the same record read back, and the same
 * record read from bytes written with an older or reordered writer schema (schema resolution,
 * {@code readFieldOrderIfDiff}).
 */
class AvroCustomCodersTest {
    private static final byte[] NO_HEADER = {};
    /** Avro's generic path for our classes: the same conversions, no generated coders. */
    private static final SpecificData GENERIC_PATH = withTimeConversions(new SpecificData());
    private static final GenericData GENERIC_DATA = withTimeConversions(new GenericData());

    static Stream<Sample> samples() {
        return RecordSamples.all().stream();
    }

    @Test
    void everyGeneratedRecordClassHasCustomCodersAndSamples() throws Exception {
        Set<String> records = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/avro"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).toList()) {
                String name = file.getFileName().toString().replace(".avsc", "");
                collectRecords(SpecificData.get().getSchema(Class.forName("dev.conflictstream.schema." + name)), records);
            }
        }
        assertThat(records).contains("Article", "ConflictEvent", "Place", "CasualtyFigure", "Evidence", "Incident",
                "CasualtyEstimate", "Report", "RegionTally");
        Method hasCustomCoders = SpecificRecordBase.class.getDeclaredMethod("hasCustomCoders");
        hasCustomCoders.setAccessible(true);
        for (String name : records) {
            Object instance = Class.forName("dev.conflictstream.schema." + name).getDeclaredConstructor().newInstance();
            assertThat(hasCustomCoders.invoke(instance)).as(name).isEqualTo(true);
        }
        assertThat(samples().map(s -> s.record().getSchema().getName())).containsAll(records);
    }

    @Test
    void theSerdesDataModelsHaveTheCodersSwitchedOn() {
        for (Sample sample : RecordSamples.all()) {
            assertThat(AvroBytes.model(sample.record().getSchema()).useCustomCoders()).as(sample.name()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void customCodersWriteTheBytesOfTheGenericPath(Sample sample) throws IOException {
        SpecificRecordBase record = sample.record();
        Schema schema = record.getSchema();
        byte[] generic = AvroBytes.write(new SpecificDatumWriter<>(schema, GENERIC_PATH), record, NO_HEADER);

        assertThat(AvroBytes.write(new SpecificDatumWriter<>(schema, AvroBytes.model(schema)), record, NO_HEADER)).isEqualTo(generic);
        assertThat(customEncode(record)).isEqualTo(generic);
        assertThat(AvroBytes.write(new GenericDatumWriter<>(schema, GENERIC_DATA), record, NO_HEADER)).isEqualTo(generic);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void customDecodeReadsBackTheRecord(Sample sample) throws IOException {
        Schema schema = sample.record().getSchema();
        byte[] bytes = AvroBytes.write(new SpecificDatumWriter<>(schema, GENERIC_PATH), sample.record(), NO_HEADER);

        assertThat(customDecode(schema, schema, bytes)).isEqualTo(sample.record());
        assertThat(readThroughSerdeModel(schema, schema, bytes)).isEqualTo(sample.record());
    }

    /** A writer schema without the fields that have defaults, every record's fields in reverse order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void customDecodeResolvesAReducedReorderedWriterSchema(Sample sample) throws IOException {
        Schema reader = sample.record().getSchema();
        assertResolvesLikeTheGenericPath(sample, reducedAndReversed(reader, new HashMap<>()));
    }

    /** The published earlier versions kept for ContractHistoryTest. */
    @Test
    void customDecodeReadsThePublishedEarlierVersions() throws IOException {
        Schema eventV1 = parse(new Schema.Parser(), "ConflictEvent-1.avsc");
        List<Schema> incidentVersions = new ArrayList<>();
        for (String file : List.of("Incident-1.avsc", "Incident-2.avsc")) {
            Schema.Parser parser = new Schema.Parser();
            parser.parse(ConflictEvent.getClassSchema().toString()); // Place and CasualtyFigure
            incidentVersions.add(parse(parser, file));
        }
        int checked = 0;
        for (Sample sample : RecordSamples.all()) {
            if (sample.record() instanceof ConflictEvent) {
                assertResolvesLikeTheGenericPath(sample, eventV1);
                checked++;
            } else if (sample.record() instanceof Incident) {
                for (Schema writer : incidentVersions) {
                    assertResolvesLikeTheGenericPath(sample, writer);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static void assertResolvesLikeTheGenericPath(Sample sample, Schema writer) throws IOException {
        Schema reader = sample.record().getSchema();
        byte[] current = AvroBytes.write(new SpecificDatumWriter<>(reader, GENERIC_PATH), sample.record(), NO_HEADER);
        Object asWriter = AvroBytes.read(new GenericDatumReader<>(reader, writer, GenericData.get()), current, 0, current.length);
        byte[] older = AvroBytes.write(new GenericDatumWriter<>(writer, GenericData.get()), asWriter, NO_HEADER);

        Object expected = AvroBytes.read(new SpecificDatumReader<>(writer, reader, GENERIC_PATH), older, 0, older.length);
        assertThat(expected).as("generic path").isNotNull().isInstanceOf(sample.record().getClass());
        assertThat(customDecode(writer, reader, older)).as(sample.name() + " <- " + writer.getName()).isEqualTo(expected);
        assertThat(readThroughSerdeModel(writer, reader, older)).as(sample.name()).isEqualTo(expected);
    }

    private static byte[] customEncode(SpecificRecordBase record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        record.customEncode(encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static SpecificRecordBase customDecode(Schema writer, Schema reader, byte[] bytes) throws IOException {
        ResolvingDecoder in = DecoderFactory.get().resolvingDecoder(writer, reader, DecoderFactory.get().binaryDecoder(bytes, null));
        SpecificRecordBase record = (SpecificRecordBase) SpecificData.newInstance(SpecificData.get().getClass(reader), reader);
        record.customDecode(in);
        in.drain();
        return record;
    }

    private static Object readThroughSerdeModel(Schema writer, Schema reader, byte[] bytes) throws IOException {
        return AvroBytes.read(new SpecificDatumReader<>(writer, reader, AvroBytes.model(reader)), bytes, 0, bytes.length);
    }

    private static Schema reducedAndReversed(Schema schema, Map<String, Schema> done) {
        switch (schema.getType()) {
            case RECORD -> {
                Schema copy = done.get(schema.getFullName());
                if (copy == null) {
                    copy = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false);
                    done.put(schema.getFullName(), copy);
                    List<Schema.Field> fields = new ArrayList<>();
                    for (Schema.Field f : schema.getFields()) {
                        if (!f.hasDefaultValue()) {
                            fields.add(0, new Schema.Field(f.name(), reducedAndReversed(f.schema(), done), f.doc()));
                        }
                    }
                    copy.setFields(fields);
                }
                return copy;
            }
            case UNION -> {
                return Schema.createUnion(schema.getTypes().stream().map(t -> reducedAndReversed(t, done)).toList());
            }
            case ARRAY -> {
                return Schema.createArray(reducedAndReversed(schema.getElementType(), done));
            }
            case MAP -> {
                return Schema.createMap(reducedAndReversed(schema.getValueType(), done));
            }
            default -> {
                return schema;
            }
        }
    }

    private static void collectRecords(Schema schema, Set<String> records) {
        switch (schema.getType()) {
            case RECORD -> {
                if (records.add(schema.getName())) {
                    schema.getFields().forEach(f -> collectRecords(f.schema(), records));
                }
            }
            case UNION -> schema.getTypes().forEach(t -> collectRecords(t, records));
            case ARRAY -> collectRecords(schema.getElementType(), records);
            case MAP -> collectRecords(schema.getValueType(), records);
            default -> { }
        }
    }

    private static <M extends GenericData> M withTimeConversions(M model) {
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        return model;
    }

    private static Schema parse(Schema.Parser parser, String file) throws IOException {
        try (InputStream in = AvroCustomCodersTest.class.getResourceAsStream("/contract-history/" + file)) {
            return parser.parse(in);
        }
    }
}
