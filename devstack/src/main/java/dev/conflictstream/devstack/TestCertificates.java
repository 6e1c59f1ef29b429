package dev.conflictstream.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority and a broker certificate it signed (for 127.0.0.1 and
 * localhost), made with the JDK's keytool: {@link #keyStore()} for the broker (and an https
 * test server, the query API), {@link #trustStore()} holding only the CA, for clients. PKCS12, one
 * password. For tests of any module (TLS listeners, https servers).
 */
public record TestCertificates(Path keyStore, Path trustStore, String password) {
    private static final String SAN = "SAN=ip:127.0.0.1,dns:localhost";

    /** Makes the CA, the certificate and both stores in {@code dir}. */
    public static TestCertificates create(Path dir) throws IOException, InterruptedException {
        String password = "test-store-secret";
        Path ca = dir.resolve("ca.p12");
        Path broker = dir.resolve("broker.p12");
        Path trust = dir.resolve("truststore.p12");
        Path csr = dir.resolve("broker.csr");
        Path signed = dir.resolve("broker.crt");
        Path caCert = dir.resolve("ca.crt");
        keytool(password, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=conflictstream test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", ca);
        keytool(password, "-genkeypair", "-alias", "broker", "-keyalg", "EC", "-dname", "CN=localhost",
                "-ext", SAN, "-validity", "2", "-keystore", broker);
        keytool(password, "-certreq", "-alias", "broker", "-keystore", broker, "-file", csr);
        keytool(password, "-gencert", "-alias", "ca", "-keystore", ca, "-infile", csr, "-outfile", signed,
                "-ext", SAN, "-validity", "2", "-rfc");
        keytool(password, "-exportcert", "-alias", "ca", "-keystore", ca, "-file", caCert, "-rfc");
        keytool(password, "-importcert", "-alias", "ca", "-keystore", broker, "-file", caCert, "-noprompt");
        keytool(password, "-importcert", "-alias", "broker", "-keystore", broker, "-file", signed, "-noprompt");
        keytool(password, "-importcert", "-alias", "ca", "-keystore", trust, "-file", caCert, "-noprompt");
        return new TestCertificates(broker, trust, password);
    }

    private static void keytool(String password, Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        for (Object arg : args) {
            command.add(arg.toString());
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", password));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
