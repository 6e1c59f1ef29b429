package dev.conflictstream.devstack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.devstack.registry.RegistryEvent.ConfigChanged;
import dev.conflictstream.devstack.registry.RegistryEvent.SchemaRegistered;
import dev.conflictstream.devstack.registry.RegistryState.Decision;
import dev.conflictstream.devstack.registry.RegistryState.SubjectVersion;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The registry's rules without any I/O: ids, versions, compatibility levels, replay. */
class RegistryStateTest {
    static final Schema V1 = record("{\"name\":\"a\",\"type\":\"string\"}");
    static final Schema V2_ADDS_DEFAULTED = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
    static final Schema V2_ADDS_REQUIRED = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}");
    static final Schema V2_DROPS_A = record("{\"name\":\"b\",\"type\":\"int\",\"default\":0}");

    private final RegistryState state = new RegistryState();
    private final List<RegistryEvent> log = new ArrayList<>();

    /** Decide and apply, as RegistryService does, keeping the events. */
    private SubjectVersion register(String subject, Schema schema) {
        Decision decision = state.decide(subject, schema);
        if (decision instanceof Decision.New added) {
            log.add(added.event());
            state.apply(added.event());
            return state.version(subject, String.valueOf(added.event().version()));
        }
        return ((Decision.Existing) decision).version();
    }

    private void setLevel(String subject, CompatibilityLevel level) {
        ConfigChanged event = new ConfigChanged(subject, level);
        log.add(event);
        state.apply(event);
    }

    @Test
    void idsAndVersionsCountFromOneAndTheSameSchemaKeepsItsId() {
        SubjectVersion first = register("s-value", V1);
        SubjectVersion again = register("s-value", record("{\"type\":\"string\",\"name\":\"a\"}"));
        SubjectVersion second = register("s-value", V2_ADDS_DEFAULTED);

        assertThat(first.id()).isEqualTo(1);
        assertThat(first.version()).isEqualTo(1);
        assertThat(again).isEqualTo(first);
        assertThat(second.id()).isEqualTo(2);
        assertThat(second.version()).isEqualTo(2);
        assertThat(state.versions("s-value")).containsExactly(1, 2);
        assertThat(log).hasSize(2);
    }

    @Test
    void aSchemaHasOneGlobalIdAcrossSubjectsWithItsOwnVersionInEach() {
        register("a-value", V1);
        register("a-value", V2_ADDS_DEFAULTED);
        SubjectVersion inB = register("b-value", V2_ADDS_DEFAULTED);

        assertThat(inB.id()).isEqualTo(2);
        assertThat(inB.version()).isEqualTo(1);
        assertThat(state.subjects()).containsExactly("a-value", "b-value");
        assertThat(state.usesOf(2)).extracting(SubjectVersion::subject).containsExactly("a-value", "b-value");
    }

    @Test
    void reRegisteringAnOlderVersionReturnsItInsteadOfAddingOne() {
        register("s-value", V1);
        register("s-value", V2_ADDS_DEFAULTED);

        SubjectVersion old = register("s-value", V1);

        assertThat(old.version()).isEqualTo(1);
        assertThat(state.versions("s-value")).containsExactly(1, 2);
    }

    @Test
    void backwardByDefaultRefusesANewRequiredField() {
        register("s-value", V1);

        assertThat(state.level("s-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThatThrownBy(() -> register("s-value", V2_ADDS_REQUIRED))
                .isInstanceOfSatisfying(RegistryError.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(state.versions("s-value")).containsExactly(1);
        assertThat(register("s-value", V2_DROPS_A).version()).as("dropping a field is backward compatible").isEqualTo(2);
    }

    @Test
    void forwardRefusesDroppingAFieldWithoutDefaultAndAcceptsAddingARequiredOne() {
        setLevel("s-value", CompatibilityLevel.FORWARD);
        register("s-value", V1);

        assertThatThrownBy(() -> register("s-value", V2_DROPS_A)).isInstanceOf(RegistryError.class);
        assertThat(register("s-value", V2_ADDS_REQUIRED).version()).isEqualTo(2);
    }

    @Test
    void fullNeedsBothDirectionsAndNoneAcceptsAnything() {
        setLevel("full-value", CompatibilityLevel.FULL);
        register("full-value", V1);
        assertThatThrownBy(() -> register("full-value", V2_ADDS_REQUIRED)).isInstanceOf(RegistryError.class);
        assertThatThrownBy(() -> register("full-value", V2_DROPS_A)).isInstanceOf(RegistryError.class);
        assertThat(register("full-value", V2_ADDS_DEFAULTED).version()).isEqualTo(2);

        setLevel("none-value", CompatibilityLevel.NONE);
        register("none-value", V1);
        assertThat(register("none-value", record("{\"name\":\"x\",\"type\":\"boolean\"}")).version()).isEqualTo(2);
    }

    @Test
    void transitiveLevelsCompareWithEveryVersionPlainOnesWithTheLatest() {
        Schema v1 = V1;
        Schema v2 = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
        Schema v3 = record("{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
        // reads v2 and v3, but not v1 ("b" is required and v1 lacks it)
        Schema v4 = record("{\"name\":\"b\",\"type\":\"int\"}");

        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(v4, List.of(v1, v2, v3))).isEmpty();
        assertThat(CompatibilityLevel.BACKWARD_TRANSITIVE.incompatibilities(v4, List.of(v1, v2, v3))).isNotEmpty();
        assertThat(CompatibilityLevel.BACKWARD_TRANSITIVE.incompatibilities(v3, List.of(v1, v2))).isEmpty();
    }

    @Test
    void subjectLevelsOverrideTheGlobalOneUntilRemoved() {
        setLevel(null, CompatibilityLevel.FULL);
        setLevel("s-value", CompatibilityLevel.NONE);

        assertThat(state.globalLevel()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(state.level("s-value")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(state.level("other-value")).isEqualTo(CompatibilityLevel.FULL);

        setLevel("s-value", null);
        assertThat(state.level("s-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(state.ownLevel("s-value")).isNull();
    }

    @Test
    void compatibilityCheckAgainstLatestOfAnUnknownSubjectPasses() {
        assertThat(state.incompatibilities("new-value", "latest", V1)).isEmpty();
        register("s-value", V1);
        assertThat(state.incompatibilities("s-value", "latest", V2_ADDS_REQUIRED)).isNotEmpty();
        assertThat(state.incompatibilities("s-value", "1", V2_ADDS_DEFAULTED)).isEmpty();
    }

    @Test
    void replayingTheEventsRebuildsTheSameStateAndNewIdsContinue() {
        register("a-value", V1);
        register("a-value", V2_ADDS_DEFAULTED);
        register("b-value", V1);
        setLevel("b-value", CompatibilityLevel.NONE);

        RegistryState replayed = new RegistryState();
        log.forEach(replayed::apply);
        log.forEach(replayed::apply); // a replay that sees records twice changes nothing

        assertThat(replayed.subjects()).isEqualTo(state.subjects());
        assertThat(replayed.versions("a-value")).containsExactly(1, 2);
        assertThat(replayed.version("b-value", "latest").id()).isEqualTo(1);
        assertThat(replayed.level("b-value")).isEqualTo(CompatibilityLevel.NONE);
        Decision next = replayed.decide("c-value", V2_DROPS_A);
        assertThat(((Decision.New) next).event()).isEqualTo(new SchemaRegistered("c-value", 1, 3, V2_DROPS_A.toString()));
    }

    @Test
    void refusesWhatConfluentRefuses() {
        register("s-value", V1);

        assertThatThrownBy(() -> state.versions("nope")).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> state.version("s-value", "7")).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> state.version("s-value", "0")).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(42202));
        assertThatThrownBy(() -> state.schemaById(9)).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> state.lookup("s-value", V2_DROPS_A)).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> RegistryState.parse("{\"type\":\"recrod\"}")).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
        assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS")).isInstanceOfSatisfying(RegistryError.class, e -> assertThat(e.errorCode()).isEqualTo(42203));
        assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    static Schema record(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":[" + fields + "]}");
    }
}
