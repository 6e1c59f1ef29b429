package dev.conflictstream.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Layered configuration lookup shared by every service: command-line overrides win over
 * JVM system properties, which win over environment variables, which win over the
 * built-in defaults each service passes in. Keys are dotted ({@code bootstrap.servers});
 * the environment spells them {@code CONFLICTSTREAM_BOOTSTRAP_SERVERS}.
 */
public final class Settings {
    public static final String ENV_PREFIX = "CONFLICTSTREAM_";

    private final Map<String, String> overrides;
    private final Properties systemProperties;
    private final Map<String, String> environment;

    public Settings(Map<String, String> overrides, Properties systemProperties, Map<String, String> environment) {
        this.overrides = Map.copyOf(overrides);
        this.systemProperties = systemProperties;
        this.environment = Map.copyOf(environment);
    }

    /** Settings of this process: the given overrides, then system properties, then the environment. */
    public static Settings of(Map<String, String> overrides) {
        return new Settings(overrides, System.getProperties(), System.getenv());
    }

    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String get(String key, String defaultValue) {
        String value = overrides.get(key);
        if (value == null) {
            value = systemProperties.getProperty("conflictstream." + key);
        }
        if (value == null) {
            value = environment.get(envName(key));
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    public int getInt(String key, int defaultValue) {
        String value = get(key, null);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be an integer, got '" + value + "'", e);
        }
    }

    /** A copy with more overrides on top. */
    public Settings with(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new Settings(merged, systemProperties, environment);
    }
}
