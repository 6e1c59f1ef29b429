package dev.conflictstream.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

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

    /**
     * Every setting under {@code prefix} (dotted, e.g. {@code client.}) from every layer, later
     * layers losing as in {@link #get}; keys without the prefix. The environment spells them
     * {@code CONFLICTSTREAM_CLIENT_SECURITY_PROTOCOL}, read back as {@code security.protocol}
     * (lower case, {@code _} to {@code .}: Kafka's client keys have no underscores).
     */
    public Map<String, String> prefixed(String prefix) {
        Map<String, String> found = new TreeMap<>();
        String envPrefix = envName(prefix);
        environment.forEach((name, value) -> {
            if (name.startsWith(envPrefix) && name.length() > envPrefix.length()) {
                found.put(name.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        String propertyPrefix = "conflictstream." + prefix;
        systemProperties.stringPropertyNames().stream().filter(name -> name.startsWith(propertyPrefix))
                .forEach(name -> found.put(name.substring(propertyPrefix.length()), systemProperties.getProperty(name)));
        overrides.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), value);
            }
        });
        found.values().removeIf(value -> value == null || value.isBlank());
        found.replaceAll((key, value) -> value.trim());
        return found;
    }

    /** A copy with more overrides on top. */
    public Settings with(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new Settings(merged, systemProperties, environment);
    }
}
