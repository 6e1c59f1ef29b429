package dev.conflictstream.devstack.registry;

import dev.conflictstream.devstack.registry.RegistryEvent.ConfigChanged;
import dev.conflictstream.devstack.registry.RegistryEvent.SchemaRegistered;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The registry as a state machine, with no I/O: subjects, their versions, global schema ids
 * and compatibility levels, changed only by {@link #apply(RegistryEvent)}. Deciding what a
 * registration means ({@link #decide}) is separate from applying it, so the caller can make
 * the event durable in between.
 *
 * <p>Ids follow Confluent: a schema (compared by its normalised JSON) has one global id
 * whichever subjects it is registered under; ids and versions count from 1.
 * Thread-safe (every method is synchronized).
 */
public final class RegistryState {
    /** Confluent's default level. */
    public static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;

    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<String, NavigableMap<Integer, Integer>> idsBySubjectVersion = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = DEFAULT_LEVEL;
    private int maxId;

    /** One version of one subject. */
    public record SubjectVersion(String subject, int version, int id, Schema schema) {}

    /** What registering a schema under a subject means: it is there already, or this event adds it. */
    public sealed interface Decision {
        record Existing(SubjectVersion version) implements Decision {}

        record New(SchemaRegistered event) implements Decision {}
    }

    /** Parses Avro schema JSON; anything else is a 42201 error. */
    public static Schema parse(String schemaJson) {
        if (schemaJson == null || schemaJson.isBlank()) {
            throw RegistryError.invalidSchema("empty schema");
        }
        try {
            return new Schema.Parser().parse(schemaJson);
        } catch (SchemaParseException | org.apache.avro.AvroTypeException e) {
            throw RegistryError.invalidSchema(e.getMessage());
        }
    }

    /**
     * Registering {@code schema} under {@code subject}: the existing version when the subject
     * has this schema already, otherwise the event adding the next version with the schema's
     * global id (a new id when the schema is new to the registry).
     *
     * @throws RegistryError 409 when the subject's compatibility level refuses the schema
     */
    public synchronized Decision decide(String subject, Schema schema) {
        String text = schema.toString();
        NavigableMap<Integer, Integer> versions = idsBySubjectVersion.getOrDefault(subject, new TreeMap<>());
        Integer knownId = idsBySchemaText.get(text);
        if (knownId != null) {
            for (Map.Entry<Integer, Integer> version : versions.entrySet()) {
                if (version.getValue().equals(knownId)) {
                    return new Decision.Existing(new SubjectVersion(subject, version.getKey(), knownId, schemasById.get(knownId)));
                }
            }
        }
        List<String> problems = level(subject).incompatibilities(schema, schemasOf(versions));
        if (!problems.isEmpty()) {
            throw RegistryError.incompatible(subject, problems);
        }
        int version = versions.isEmpty() ? 1 : versions.lastKey() + 1;
        int id = knownId != null ? knownId : maxId + 1;
        return new Decision.New(new SchemaRegistered(subject, version, id, text));
    }

    /** Applies one event; applying the same event twice (a replayed topic) changes nothing. */
    public synchronized void apply(RegistryEvent event) {
        if (event instanceof SchemaRegistered registered) {
            Schema schema = schemasById.get(registered.id());
            if (schema == null) {
                schema = parse(registered.schema());
                schemasById.put(registered.id(), schema);
                idsBySchemaText.putIfAbsent(schema.toString(), registered.id());
            }
            idsBySubjectVersion.computeIfAbsent(registered.subject(), s -> new TreeMap<>())
                    .put(registered.version(), registered.id());
            maxId = Math.max(maxId, registered.id());
        } else if (event instanceof ConfigChanged config) {
            if (config.subject() == null) {
                globalLevel = config.level() == null ? DEFAULT_LEVEL : config.level();
            } else if (config.level() == null) {
                subjectLevels.remove(config.subject());
            } else {
                subjectLevels.put(config.subject(), config.level());
            }
        }
    }

    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryError.schemaIdNotFound(id);
        }
        return schema;
    }

    /** Every (subject, version) that has schema {@code id}. */
    public synchronized List<SubjectVersion> usesOf(int id) {
        Schema schema = schemaById(id);
        List<SubjectVersion> uses = new ArrayList<>();
        idsBySubjectVersion.forEach((subject, versions) -> versions.forEach((version, versionId) -> {
            if (versionId == id) {
                uses.add(new SubjectVersion(subject, version, id, schema));
            }
        }));
        return uses;
    }

    /** Subjects in name order. */
    public synchronized List<String> subjects() {
        return List.copyOf(idsBySubjectVersion.keySet());
    }

    public synchronized List<Integer> versions(String subject) {
        return List.copyOf(versionsOf(subject).keySet());
    }

    /** Version {@code version} ("latest" or a number, as in the REST paths) of {@code subject}. */
    public synchronized SubjectVersion version(String subject, String version) {
        NavigableMap<Integer, Integer> versions = versionsOf(subject);
        int number = "latest".equals(version) || "-1".equals(version) ? versions.lastKey() : parseVersion(version);
        Integer id = versions.get(number);
        if (id == null) {
            throw RegistryError.versionNotFound(subject, number);
        }
        return new SubjectVersion(subject, number, id, schemasById.get(id));
    }

    /** The version of {@code subject} that is {@code schema}. */
    public synchronized SubjectVersion lookup(String subject, Schema schema) {
        NavigableMap<Integer, Integer> versions = versionsOf(subject);
        Integer id = idsBySchemaText.get(schema.toString());
        if (id != null) {
            for (Map.Entry<Integer, Integer> version : versions.entrySet()) {
                if (version.getValue().equals(id)) {
                    return new SubjectVersion(subject, version.getKey(), id, schemasById.get(id));
                }
            }
        }
        throw RegistryError.schemaNotFound();
    }

    /**
     * Why {@code schema} is not compatible with version {@code version} of {@code subject}
     * under the subject's level; empty when it is, or when the subject has no versions yet.
     */
    public synchronized List<String> incompatibilities(String subject, String version, Schema schema) {
        if (!idsBySubjectVersion.containsKey(subject) && "latest".equals(version)) {
            return List.of();
        }
        Schema existing = version(subject, version).schema();
        CompatibilityLevel level = level(subject);
        return level.incompatibilities(schema, List.of(existing));
    }

    public synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** The subject's own level, else the global one. */
    public synchronized CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    /** The subject's own level, or null when it follows the global one. */
    public synchronized CompatibilityLevel ownLevel(String subject) {
        return subjectLevels.get(subject);
    }

    private NavigableMap<Integer, Integer> versionsOf(String subject) {
        NavigableMap<Integer, Integer> versions = idsBySubjectVersion.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions;
    }

    private List<Schema> schemasOf(NavigableMap<Integer, Integer> versions) {
        List<Schema> schemas = new ArrayList<>(versions.size());
        versions.values().forEach(id -> schemas.add(schemasById.get(id)));
        return schemas;
    }

    private static int parseVersion(String version) {
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw RegistryError.invalidVersion(version);
    }
}
