package dev.conflictstream.devstack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Write-through: nothing is answered or applied that the log did not keep. */
class RegistryServiceTest {

    /** A log in memory that can be told to fail. */
    static final class ListLog implements SchemaLog {
        final List<RegistryEvent> events = Collections.synchronizedList(new ArrayList<>());
        boolean failing;

        @Override
        public List<RegistryEvent> replay() {
            return List.copyOf(events);
        }

        @Override
        public void append(RegistryEvent event) {
            if (failing) {
                throw RegistryError.storeFailed("broker down", null);
            }
            events.add(event);
        }

        @Override
        public void close() {}
    }

    @Test
    void appendsEachNewRegistrationOnceAndANewServiceReplaysIt() {
        ListLog log = new ListLog();
        RegistryService service = new RegistryService(log);

        int id = service.register("s-value", RegistryStateTest.V1).id();
        service.register("s-value", RegistryStateTest.V1);
        service.setLevel("s-value", CompatibilityLevel.NONE);

        assertThat(log.events).hasSize(2);
        RegistryService restarted = new RegistryService(log);
        assertThat(restarted.state().version("s-value", "latest").id()).isEqualTo(id);
        assertThat(restarted.state().level("s-value")).isEqualTo(CompatibilityLevel.NONE);
    }

    @Test
    void aFailedAppendLeavesTheStateUnchanged() {
        ListLog log = new ListLog();
        RegistryService service = new RegistryService(log);
        log.failing = true;

        assertThatThrownBy(() -> service.register("s-value", RegistryStateTest.V1))
                .isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(50001));
        assertThat(service.state().subjects()).isEmpty();

        log.failing = false;
        assertThat(service.register("s-value", RegistryStateTest.V1).id()).isEqualTo(1);
    }

    @Test
    void clearingASubjectLevelFallsBackToTheGlobalOne() {
        ListLog log = new ListLog();
        RegistryService service = new RegistryService(log);
        service.setLevel("s-value", CompatibilityLevel.FULL);

        assertThat(service.clearLevel("s-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(service.state().level("s-value")).isEqualTo(RegistryState.DEFAULT_LEVEL);
        assertThat(service.clearLevel("s-value")).isEqualTo(RegistryState.DEFAULT_LEVEL);
        assertThat(log.events).hasSize(2);
    }

    @Test
    void concurrentRegistrationsOfOneSchemaMakeOneVersionAndDistinctSchemasDistinctIds() throws Exception {
        ListLog log = new ListLog();
        RegistryService service = new RegistryService(log);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> service.register("same-value", RegistryStateTest.V1).id());
            int n = i;
            calls.add(() -> service.register("own-" + n + "-value",
                    RegistryStateTest.record("{\"name\":\"f" + n + "\",\"type\":\"int\"}")).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> ids = new ArrayList<>();
        try {
            for (Future<Integer> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(service.state().versions("same-value")).containsExactly(1);
        assertThat(ids.stream().distinct().count()).isEqualTo(17);
        assertThat(log.events).hasSize(17);
    }
}
