package dev.conflictstream.schema.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How the registry client authenticates and which certificates it trusts, from the client
 * properties as Confluent's serializers name them:
 * <ul>
 *   <li>{@code basic.auth.credentials.source}: {@code USER_INFO} (take {@code basic.auth.user.info},
 *       {@code user:password}) or {@code URL} (take the user info of the registry URL,
 *       {@code https://user:password@host}); unset: whichever is given, user info first.</li>
 *   <li>{@code schema.registry.ssl.truststore.location}, {@code .password}, {@code .type}: the
 *       certificates an https registry is trusted by (default: the JVM's);
 *       {@code schema.registry.ssl.keystore.*} and {@code schema.registry.ssl.key.password}
 *       for mutual TLS.</li>
 * </ul>
 * Credentials are kept out of the URLs the client shows in messages.
 */
public final class RegistryAccess {
    static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    static final String USER_INFO = "basic.auth.user.info";
    static final String PREFIXED_USER_INFO = "schema.registry.basic.auth.user.info";
    static final String SSL_PREFIX = "schema.registry.ssl.";

    private final Map<String, String> config;
    private final String source;

    RegistryAccess(Map<String, String> config) {
        this.config = Map.copyOf(config);
        this.source = config.getOrDefault(CREDENTIALS_SOURCE, "").trim().toUpperCase(Locale.ROOT);
        if (!source.isEmpty() && !source.equals("USER_INFO") && !source.equals("URL")) {
            throw new IllegalArgumentException(CREDENTIALS_SOURCE + " must be USER_INFO or URL, got '" + source + "'");
        }
        if (source.equals("USER_INFO") && userInfo().isEmpty()) {
            throw new IllegalArgumentException(CREDENTIALS_SOURCE + "=USER_INFO needs " + USER_INFO + " (user:password)");
        }
    }

    /**
     * {@code text} with the user info of any URL in it masked: {@code https://******@host}. The
     * user info runs to the last {@code @} before the path, so a password holding an unencoded
     * {@code @} is masked whole.
     */
    public static String redact(String text) {
        return text == null ? null : USER_INFO_IN_URL.matcher(text).replaceAll("******@");
    }

    private static final java.util.regex.Pattern USER_INFO_IN_URL = java.util.regex.Pattern.compile("(?<=://)[^/\\s]*@");

    /** {@code url} without its user info. */
    static URI withoutUserInfo(URI url) {
        if (url.getRawUserInfo() == null) {
            return url;
        }
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), url.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a schema registry URL", e);
        }
    }

    /** The {@code Authorization} header value for requests to {@code url} (as configured, with its user info), if any. */
    Optional<String> authorization(URI url) {
        Optional<String> fromUrl = Optional.ofNullable(url.getRawUserInfo())
                .map(info -> URLDecoder.decode(info, StandardCharsets.UTF_8));
        Optional<String> credentials = switch (source) {
            case "USER_INFO" -> userInfo();
            case "URL" -> fromUrl;
            default -> userInfo().or(() -> fromUrl);
        };
        return credentials.map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<String> userInfo() {
        return Optional.ofNullable(config.getOrDefault(USER_INFO, config.get(PREFIXED_USER_INFO))).filter(v -> !v.isBlank());
    }

    /** The TLS context for https registries: the JVM's default unless a trust store or key store is configured. */
    SSLContext sslContext() {
        String trustStore = config.get(SSL_PREFIX + "truststore.location");
        String keyStore = config.get(SSL_PREFIX + "keystore.location");
        try {
            if (trustStore == null && keyStore == null) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = null;
            if (trustStore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(trustStore, "truststore"));
            }
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                String keyPassword = config.getOrDefault(SSL_PREFIX + "key.password", config.get(SSL_PREFIX + "keystore.password"));
                keys.init(load(keyStore, "keystore"), keyPassword == null ? new char[0] : keyPassword.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS to the schema registry from " + SSL_PREFIX + "*: " + e.getMessage(), e);
        }
    }

    private KeyStore load(String location, String kind) throws GeneralSecurityException {
        String password = config.get(SSL_PREFIX + kind + ".password");
        String type = config.get(SSL_PREFIX + kind + ".type");
        char[] secret = password == null ? null : password.toCharArray();
        try {
            if (type == null) {
                return KeyStore.getInstance(Path.of(location).toFile(), secret);
            }
            KeyStore store = KeyStore.getInstance(type);
            try (var in = java.nio.file.Files.newInputStream(Path.of(location))) {
                store.load(in, secret);
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SSL_PREFIX + kind + ".location " + location + ": " + e.getMessage(), e);
        }
    }
}
