package dev.conflictstream.devstack;

import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one start/stop lifecycle of the integration tests: starts something that needs a data
 * directory (a broker, the {@link DevStack}, a whole pipeline) before the test class, in a
 * fresh temporary directory, and closes it and deletes the directory after the class. Register
 * it on a static field; the tests read what it started with {@link #get()}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DevStackExtension<DevStack> STACK = DevStackExtension.devStack();
 * ... new HttpSchemaRegistryClient(STACK.get().registryUrl()) ...
 * }</pre>
 *
 * A start that fails fails the class, with whatever it had started closed by its own start.
 *
 * @param <T> what the tests use: closed after the class
 */
public final class DevStackExtension<T extends AutoCloseable> implements BeforeAllCallback, AfterAllCallback {
    /** Starts the resource in a data directory of its own. */
    @FunctionalInterface
    public interface Starter<T> {
        T start(Path dataDir) throws Exception;
    }

    private final Starter<T> starter;
    private Path dataDir;
    private T started;

    private DevStackExtension(Starter<T> starter) {
        this.starter = starter;
    }

    /** Starts what {@code starter} starts (e.g. a pipeline on the development stack) for each test class. */
    public static <T extends AutoCloseable> DevStackExtension<T> of(Starter<T> starter) {
        return new DevStackExtension<>(starter);
    }

    /** The embedded broker alone, on free ports. */
    public static DevStackExtension<EmbeddedKafkaBroker> broker() {
        return of(dir -> new EmbeddedKafkaBroker(dir).start());
    }

    /** The broker and the schema registry, on free ports. */
    public static DevStackExtension<DevStack> devStack() {
        return of(DevStack::startOnFreePorts);
    }

    /** What was started for the running test class. */
    public T get() {
        if (started == null) {
            throw new IllegalStateException("nothing started: register the extension on a static field");
        }
        return started;
    }

    /** The data directory of the running test class (deleted after it). */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("devstack-" + context.getRequiredTestClass().getSimpleName() + "-");
        started = starter.start(dataDir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (started != null) {
                started.close();
            }
        } finally {
            started = null;
            delete(dataDir);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
