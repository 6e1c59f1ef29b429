package dev.conflictstream.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every service (ingest, enrich, aggregate) reads its configuration, the one shape their
 * config records are built from: the service's defaults (one map, in its config class), then
 * the process {@link Settings} under {@code <service>.} (flag over system property over
 * environment: {@code CONFLICTSTREAM_ENRICH_NUM_STREAM_THREADS} is {@code enrich.num.stream.threads}),
 * and the cluster {@link KafkaConnection} with the client pass-through ({@code --kafka-config},
 * {@code CONFLICTSTREAM_CLIENT_*}). Typed reads name the setting when a value is bad.
 *
 * @param service    the prefix of the service's settings, e.g. {@code enrich}
 * @param values     every setting of the service, defaults filled in
 * @param connection the cluster and registry, with the client properties
 */
public record ServiceSettings(String service, Map<String, String> values, KafkaConnection connection) {
    public ServiceSettings {
        values = Map.copyOf(values);
    }

    /** The service's settings from the process settings, over {@code defaults}. */
    public static ServiceSettings read(String service, Map<String, String> defaults, Settings settings) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (String key : defaults.keySet()) {
            String value = settings.get(service + "." + key, null);
            if (value != null) {
                values.put(key, value);
            }
        }
        return new ServiceSettings(service, values, KafkaConnection.from(settings));
    }

    /**
     * The service's settings from {@code values} by their short keys (tests, a config built in
     * code), over {@code defaults}; a key that is not a setting of the service is refused.
     */
    public static ServiceSettings of(String service, Map<String, String> defaults, Map<String, String> values,
                                     KafkaConnection connection) {
        for (String key : values.keySet()) {
            if (!defaults.containsKey(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "'; known: " + defaults.keySet());
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        merged.putAll(values);
        return new ServiceSettings(service, merged, connection);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(service + "." + key + " is not a setting of " + service);
        }
        return value;
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + get(key) + "'", e);
        }
    }

    public long number(String key) {
        try {
            return Long.parseLong(get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + get(key) + "'", e);
        }
    }
}
