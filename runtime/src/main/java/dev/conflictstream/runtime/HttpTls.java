package dev.conflictstream.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Optional TLS of a service's HTTP port (off by default): the server's key store, and the trust
 * store its own calls to other instances use (empty: the JDK's default trust). Read from a
 * service's settings under {@code http.tls.*}; passwords never appear in {@link #toString()}.
 *
 * @param keyStore           key store file (PKCS12 or JKS) with the server's key and certificate; empty: plain HTTP
 * @param keyStorePassword   its password (also the key's)
 * @param keyStoreType       {@code PKCS12} (default) or {@code JKS}
 * @param trustStore         trust store for calls to other instances over https (PKCS12; JKS if it ends in .jks); empty: the JDK's
 * @param trustStorePassword its password
 */
public record HttpTls(String keyStore, String keyStorePassword, String keyStoreType, String trustStore,
                      String trustStorePassword) {
    public static final String KEYSTORE_LOCATION = "http.tls.keystore.location";
    public static final String KEYSTORE_PASSWORD = "http.tls.keystore.password";
    public static final String KEYSTORE_TYPE = "http.tls.keystore.type";
    public static final String TRUSTSTORE_LOCATION = "http.tls.truststore.location";
    public static final String TRUSTSTORE_PASSWORD = "http.tls.truststore.password";

    /** No TLS: plain HTTP. */
    public static final HttpTls OFF = new HttpTls("", "", "PKCS12", "", "");

    /** The settings and their defaults (TLS off), for a service's defaults map. */
    public static final Map<String, String> DEFAULTS = Map.of(KEYSTORE_LOCATION, "", KEYSTORE_PASSWORD, "",
            KEYSTORE_TYPE, "PKCS12", TRUSTSTORE_LOCATION, "", TRUSTSTORE_PASSWORD, "");

    public static HttpTls from(ServiceSettings settings) {
        return new HttpTls(settings.get(KEYSTORE_LOCATION).trim(), settings.get(KEYSTORE_PASSWORD),
                settings.get(KEYSTORE_TYPE).trim(), settings.get(TRUSTSTORE_LOCATION).trim(), settings.get(TRUSTSTORE_PASSWORD));
    }

    public boolean enabled() {
        return !keyStore.isEmpty();
    }

    /** {@code https} when enabled, else {@code http}. */
    public String scheme() {
        return enabled() ? "https" : "http";
    }

    /** The server side: this key store's key and certificate. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore, keyStorePassword, keyStoreType), keyStorePassword.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot use " + KEYSTORE_LOCATION + " " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** The client side, for calls to other instances: the trust store, or the JDK's default trust. */
    public SSLContext clientContext() {
        try {
            if (trustStore.isEmpty()) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStore, trustStorePassword, trustStore.endsWith(".jks") ? "JKS" : "PKCS12"));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot use " + TRUSTSTORE_LOCATION + " " + trustStore + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String file, String password, String type) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    @Override
    public String toString() { // passwords are secrets
        return enabled() ? "https (key store " + keyStore + (trustStore.isEmpty() ? "" : ", trust store " + trustStore) + ")"
                : "http";
    }
}
