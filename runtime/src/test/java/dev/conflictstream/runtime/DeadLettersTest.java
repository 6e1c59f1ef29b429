package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.serde.SchemaRegistryException;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadLettersTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("registry unreachable", new SerializationException("cannot serialize",
                        new SchemaRegistryException("unreachable", new IOException("connection refused"))), true),
                Arguments.of("registry 503", new SerializationException("x",
                        new SchemaRegistryException("down", 503, 50003)), true),
                Arguments.of("registry refused the credentials (401): an outage, never a bad record", new SerializationException("x",
                        new SchemaRegistryException("refused", 401, 401)), true),
                Arguments.of("registry forbade the subject (403)", new SerializationException("x",
                        new SchemaRegistryException("forbidden", 403, 40301)), true),
                Arguments.of("incompatible schema (409) is the record's problem", new SerializationException("x",
                        new SchemaRegistryException("incompatible", 409, 409)), false),
                Arguments.of("unknown schema id is poison", new SerializationException("x",
                        new SchemaRegistryException("no schema with id 7")), false),
                Arguments.of("not wire format is poison", new SerializationException("unknown magic byte 1"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void onlyARegistryOutageFailsTheTaskInsteadOfDeadLettering(String name, Exception failure, boolean outage) {
        assertThat(DeadLetters.registryUnavailable(failure)).isEqualTo(outage);
    }
}
