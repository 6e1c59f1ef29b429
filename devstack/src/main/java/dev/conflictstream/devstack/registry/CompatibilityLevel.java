package dev.conflictstream.devstack.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Confluent's compatibility levels, decided by Avro's own {@link SchemaCompatibility}.
 * BACKWARD: the new schema, as reader, reads data written with the existing one (consumers
 * upgrade first). FORWARD: the existing schema reads data written with the new one. FULL: both.
 * The plain levels compare with the latest version, the {@code _TRANSITIVE} ones with all.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    public boolean transitive() {
        return transitive;
    }

    /** Parses a level name, case-insensitively; an unknown name is a 42203 error. */
    public static CompatibilityLevel parse(String name) {
        if (name != null) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to the registry's error
            }
        }
        throw RegistryError.invalidCompatibilityLevel(name);
    }

    /**
     * Why {@code candidate} may not follow {@code existing} (oldest first) at this level;
     * empty when it may. Only the last existing schema counts unless the level is transitive.
     */
    public List<String> incompatibilities(Schema candidate, List<Schema> existing) {
        List<String> problems = new ArrayList<>();
        if (existing.isEmpty() || this == NONE) {
            return problems;
        }
        List<Schema> compared = transitive ? existing : existing.subList(existing.size() - 1, existing.size());
        for (Schema previous : compared) {
            if (backward) {
                describe(problems, "new schema cannot read data written with an earlier schema",
                        SchemaCompatibility.checkReaderWriterCompatibility(candidate, previous));
            }
            if (forward) {
                describe(problems, "an earlier schema cannot read data written with the new schema",
                        SchemaCompatibility.checkReaderWriterCompatibility(previous, candidate));
            }
        }
        return problems;
    }

    private static void describe(List<String> problems, String direction,
                                 SchemaCompatibility.SchemaPairCompatibility result) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            problems.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + " (" + incompatibility.getMessage() + ")");
        }
    }
}
