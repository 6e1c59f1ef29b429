package dev.conflictstream.runtime;

import dev.conflictstream.schema.serde.RegistryAccess;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs and summaries: which client settings are secret (passwords, JAAS
 * configs, keys, user info), their values masked, and URLs without their {@code user:password@}.
 */
public final class Secrets {
    public static final String MASK = "******";
    /** Any key naming a password, secret, credentials, a JAAS config or user info; or a key ending in {@code .key}. */
    private static final Pattern SECRET_KEY = Pattern.compile(
            ".*(password|secret|credentials(?!\\.source)|jaas|user\\.info|token).*|(.*\\.)?key");

    private Secrets() {}

    public static boolean isSecret(String key) {
        return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code key=value, ...} in key order, secret values masked. */
    public static String summary(Map<String, ?> settings) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(settings).forEach((key, value) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(key).append('=').append(isSecret(key) ? MASK : redactUrls(String.valueOf(value)));
        });
        return out.toString();
    }

    /** {@code text} with the user info of every URL in it masked: {@code https://******@host}. */
    public static String redactUrls(String text) {
        return RegistryAccess.redact(text);
    }

}
