package dev.conflictstream.launcher.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Write-through: nothing is answered or applied that the log did not keep. */
class RegistryServiceTest {

    /** A log in memory that can be told to fail. */
    static final class ListLog implements SchemaLog {
        final List<RegistryEvent> events = new ArrayList<>();
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
}
