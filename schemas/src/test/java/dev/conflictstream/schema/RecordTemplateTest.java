package dev.conflictstream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The modified record.vm (src/main/avro-templates) gives a record generated coders when its only
 * logical types are date and timestamp-millis, wherever they sit (unions with null, arrays, maps,
 * nested records), and otherwise generates exactly what Avro 1.12.2's own template does: any other
 * logical type keeps the record, and every record containing it, on Avro's generic path.
 */
class RecordTemplateTest {
    private static final Path TEMPLATES = Path.of("src/main/avro-templates").toAbsolutePath();

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("no logical type", field("\"int\""), false, true),
                Arguments.of("date", field(logical("int", "date")), true, true),
                Arguments.of("timestamp-millis", field(logical("long", "timestamp-millis")), true, true),
                Arguments.of("date in a union with null", field("[\"null\", " + logical("int", "date") + "]"), true, true),
                Arguments.of("timestamp-millis in a union, null second",
                        field("[" + logical("long", "timestamp-millis") + ", \"null\"]"), true, true),
                Arguments.of("map of arrays of optional dates", field("{\"type\": \"map\", \"values\": {\"type\": \"array\", \"items\": [\"null\", "
                        + logical("int", "date") + "]}}"), true, true),
                Arguments.of("nested record with a timestamp", field(nested(logical("long", "timestamp-millis"))), true, true),
                Arguments.of("decimal", field("{\"type\": \"bytes\", \"logicalType\": \"decimal\", \"precision\": 9, \"scale\": 2}"), false, false),
                Arguments.of("uuid", field(logical("string", "uuid")), false, false),
                Arguments.of("time-millis", field(logical("int", "time-millis")), false, false),
                Arguments.of("time-micros", field(logical("long", "time-micros")), false, false),
                Arguments.of("timestamp-micros", field(logical("long", "timestamp-micros")), false, false),
                Arguments.of("local-timestamp-millis", field(logical("long", "local-timestamp-millis")), false, false),
                Arguments.of("date beside a uuid", field(logical("int", "date")) + ", " + field2(logical("string", "uuid")), false, false),
                Arguments.of("nested record with a timestamp-micros", field(nested(logical("long", "timestamp-micros"))), false, false),
                Arguments.of("date in a three-way union", field("[\"null\", \"string\", " + logical("int", "date") + "]"), false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void generatesCodersOnlyForTheLogicalTypesItWritesItself(String name, String fields, boolean changed, boolean coders,
            @TempDir Path out) throws IOException {
        Schema schema = new Schema.Parser().parse("{\"type\": \"record\", \"name\": \"Sample\", \"namespace\": \"t\", \"fields\": ["
                + fields + "]}");
        String ours = generate(schema, TEMPLATES + "/", out.resolve("ours"));
        String avros = generate(schema, null, out.resolve("avro"));

        assertThat(ours.contains("protected boolean hasCustomCoders() { return true; }")).as(name).isEqualTo(coders);
        if (changed) {
            assertThat(avros).doesNotContain("hasCustomCoders");
            assertThat(withoutCoders(ours)).isEqualTo(avros);
        } else {
            assertThat(ours).isEqualTo(avros);
        }
    }

    private static String generate(Schema schema, String templateDir, Path out) throws IOException {
        SpecificCompiler compiler = new SpecificCompiler(schema);
        compiler.setStringType(GenericData.StringType.String);
        if (templateDir != null) {
            compiler.setTemplateDir(templateDir);
        }
        compiler.compileToDestination(null, out.toFile());
        return Files.readString(out.resolve("t/Sample.java"));
    }

    /** The class without its generated coders, from hasCustomCoders to the end of customDecode. */
    private static String withoutCoders(String source) {
        int start = source.indexOf("  @Override protected boolean hasCustomCoders()");
        int end = source.indexOf("\n  @Override\n  public int hashCode()");
        if (start < 0) {
            return source;
        }
        return source.substring(0, start) + source.substring(end);
    }

    private static String logical(String type, String logicalType) {
        return "{\"type\": \"" + type + "\", \"logicalType\": \"" + logicalType + "\"}";
    }

    private static String nested(String type) {
        return "{\"type\": \"record\", \"name\": \"Inner\", \"fields\": [{\"name\": \"at\", \"type\": " + type + "}]}";
    }

    private static String field(String type) {
        return "{\"name\": \"value\", \"type\": " + type + "}";
    }

    private static String field2(String type) {
        return "{\"name\": \"other\", \"type\": " + type + "}";
    }
}
