package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeadLetterFitTest {
    static final int LIMIT = DeadLetterFit.DEFAULT_MAX_REQUEST_SIZE;

    static ProducerRecord<byte[], byte[]> deadLetter(int valueBytes, int stackTraceBytes) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("__streams.errors.stacktrace", new byte[stackTraceBytes]);
        headers.add("__streams.errors.topic", "conflict.articles.v1".getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>("dead", null, 7L, "key".getBytes(StandardCharsets.UTF_8), new byte[valueBytes], headers);
    }

    static int size(ProducerRecord<byte[], byte[]> record) {
        int size = record.key().length + record.value().length;
        for (Header header : record.headers()) {
            size += header.key().length() + header.value().length;
        }
        return size;
    }

    @ParameterizedTest(name = "value {0} B, stack trace {1} B: truncated {2}")
    @CsvSource({
            "1000, 2000, false",
            "1040000, 2000, false",  // fits with its headers
            "1046000, 2000, true",   // just under 1 MiB, over it with the headers: the article that looped enrich
            "1048576, 2000, true",
            "5000000, 2000, true",
            "1000, 100000, false",   // a long stack trace is capped, the value kept whole
            "1040000, 100000, true",
    })
    void aDeadLetterAlwaysFitsAndSaysWhenItWasCut(int valueBytes, int stackTraceBytes, boolean truncated) {
        ProducerRecord<byte[], byte[]> fitted = DeadLetterFit.fit(deadLetter(valueBytes, stackTraceBytes), LIMIT);

        assertThat(size(fitted) + DeadLetterFit.FRAMING_BYTES).isLessThanOrEqualTo(LIMIT);
        assertThat(fitted.headers().lastHeader(DeadLetterFit.TRUNCATED_HEADER) != null).isEqualTo(truncated);
        if (truncated) {
            assertThat(new String(fitted.headers().lastHeader(DeadLetterFit.ORIGINAL_SIZE_HEADER).value(), StandardCharsets.UTF_8))
                    .isEqualTo(Integer.toString(valueBytes));
        } else {
            assertThat(fitted.value()).hasSize(valueBytes);
        }
        assertThat(fitted.headers().lastHeader("__streams.errors.topic").value()).asString().isEqualTo("conflict.articles.v1");
        assertThat(fitted.timestamp()).isEqualTo(7L);
    }

    @Test
    void aRecordThatFitsIsKeptAsItIs() {
        ProducerRecord<byte[], byte[]> small = deadLetter(10, 10);
        assertThat(DeadLetterFit.fit(small, LIMIT)).isSameAs(small);
        assertThat(DeadLetterFit.fit((java.util.List<ProducerRecord<byte[], byte[]>>) null, LIMIT)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "producer.max.request.size, 200000, 200000",
            "max.request.size, 300000, 300000",
            "max.request.size, 5000000, 1048576",
            "max.request.size, lots, 1048576",
            "unrelated, 1, 1048576",
    })
    void theLimitIsTheProducersAtMostOneMebibyte(String key, String value, int limit) {
        assertThat(DeadLetterFit.limit(Map.of(key, value))).isEqualTo(limit);
    }
}
