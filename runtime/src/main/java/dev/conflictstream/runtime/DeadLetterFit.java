package dev.conflictstream.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Makes a dead letter fit the producer's request limit ({@code max.request.size}, 1 MiB by
 * default). A dead letter is the original bytes plus a few KB of reason headers (exception,
 * stack trace, origin), so a record just under the limit comes back over it as a dead letter;
 * sending that fails, and under exactly-once the failure used to abort the transaction and
 * reprocess the same record forever. The value is cut to fit and the cut is said in headers:
 * {@value #ORIGINAL_SIZE_HEADER} (bytes before) and {@value #TRUNCATED_HEADER}{@code =true}.
 * Header values are capped at {@link #MAX_HEADER_BYTES} each (a stack trace can be long).
 */
public final class DeadLetterFit {
    public static final String ORIGINAL_SIZE_HEADER = "conflictstream.dlq.original.size";
    public static final String TRUNCATED_HEADER = "conflictstream.dlq.truncated";
    public static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Room left for record and batch framing; generous, since a dead letter too large is one lost. */
    public static final int FRAMING_BYTES = 4 * 1024;

    private DeadLetterFit() {}

    /**
     * The producer's request limit in Streams configs ({@code producer.max.request.size}, then
     * {@code max.request.size}), at most the 1 MiB default: a larger producer limit says nothing
     * of the dead-letter topic's own limit ({@code max.message.bytes}, 1 MiB by default).
     */
    public static int limit(Map<?, ?> configs) {
        return limit(maxRequestSize(configs));
    }

    /** The dead-letter limit of a producer whose {@code max.request.size} is {@code maxRequestSize}. */
    public static int limit(int maxRequestSize) {
        return Math.min(DEFAULT_MAX_REQUEST_SIZE, maxRequestSize);
    }

    /**
     * The producer's {@code max.request.size} in producer or Streams configs
     * ({@code producer.max.request.size} first), Kafka's default when unset or unreadable.
     */
    public static int maxRequestSize(Map<?, ?> configs) {
        Object value = configs == null ? null : configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (value == null && configs != null) {
            value = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        try {
            return value == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_REQUEST_SIZE;
        }
    }

    public static List<ProducerRecord<byte[], byte[]>> fit(List<ProducerRecord<byte[], byte[]>> records, int limit) {
        return records == null ? List.of() : records.stream().map(record -> fit(record, limit)).toList();
    }

    /** {@code record} itself if it fits in {@code limit} bytes, else a copy with capped headers and a cut value. */
    public static ProducerRecord<byte[], byte[]> fit(ProducerRecord<byte[], byte[]> record, int limit) {
        int keyBytes = record.key() == null ? 0 : record.key().length;
        int valueBytes = record.value() == null ? 0 : record.value().length;
        int headerBytes = 0;
        boolean longHeader = false;
        for (Header header : record.headers()) {
            int length = header.value() == null ? 0 : header.value().length;
            headerBytes += header.key().length() + length;
            longHeader |= length > MAX_HEADER_BYTES;
        }
        if (keyBytes + valueBytes + headerBytes + FRAMING_BYTES <= limit && !longHeader) {
            return record;
        }
        RecordHeaders headers = new RecordHeaders();
        int cappedHeaderBytes = 0;
        for (Header header : record.headers()) {
            byte[] value = header.value() == null || header.value().length <= MAX_HEADER_BYTES ? header.value()
                    : Arrays.copyOf(header.value(), MAX_HEADER_BYTES);
            headers.add(header.key(), value);
            cappedHeaderBytes += header.key().length() + (value == null ? 0 : value.length);
        }
        byte[] key = record.key() == null || record.key().length <= MAX_HEADER_BYTES ? record.key()
                : Arrays.copyOf(record.key(), MAX_HEADER_BYTES);
        int keptKey = key == null ? 0 : key.length;
        int room = Math.max(0, limit - FRAMING_BYTES - cappedHeaderBytes - keptKey - 2 * 64);
        byte[] value = record.value();
        if (value != null && value.length > room) {
            value = Arrays.copyOf(value, room);
            headers.add(ORIGINAL_SIZE_HEADER, Integer.toString(record.value().length).getBytes(StandardCharsets.UTF_8));
            headers.add(TRUNCATED_HEADER, "true".getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), key, value, headers);
    }
}
