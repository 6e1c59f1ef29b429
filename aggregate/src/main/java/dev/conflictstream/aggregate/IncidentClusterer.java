package dev.conflictstream.aggregate;

import dev.conflictstream.schema.Incident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns changes of an incident group (group key -> every current report of that region, type
 * and place) into incident upserts and tombstones keyed by incident id.
 *
 * <p>The incidents of the new group value are computed by {@link IncidentClusters}; the
 * processor remembers, per group, which incidents it last emitted and a fingerprint of each
 * (SHA-256 of the incident's Avro encoding; the store holds ids and hashes only, not reports).
 * It then emits a tombstone for every incident that no longer exists, then the incidents that
 * are new or changed, nothing for unchanged ones. Like enrich's retraction of events an
 * article no longer yields, this keeps the incidents table exactly "the clusters of the current
 * reports", whatever order the reports arrived in.
 *
 * <p>Store value: one line per emitted incident, {@code incidentId TAB fingerprint}.
 */
final class IncidentClusterer implements Processor<String, Incident, String, Incident> {
    private final String storeName;
    private ProcessorContext<String, Incident> context;
    private KeyValueStore<String, String> emitted;

    IncidentClusterer(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, Incident> context) {
        this.context = context;
        this.emitted = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Incident> record) {
        String group = record.key();
        if (group == null) {
            return;
        }
        Map<String, String> before = parse(emitted.get(group));
        Map<String, Incident> incidents = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        if (record.value() != null) {
            for (Incident incident : IncidentClusters.of(record.value()).values()) {
                incidents.put(incident.getIncidentId(), incident);
                after.put(incident.getIncidentId(), fingerprint(incident));
            }
        }
        for (String id : before.keySet()) {
            if (!after.containsKey(id)) {
                context.forward(record.withKey(id).withValue(null));
            }
        }
        after.forEach((id, print) -> {
            if (!print.equals(before.get(id))) {
                context.forward(record.withKey(id).withValue(incidents.get(id)));
            }
        });
        if (after.isEmpty()) {
            emitted.delete(group);
        } else {
            StringBuilder lines = new StringBuilder();
            after.forEach((id, print) -> lines.append(id).append('\t').append(print).append('\n'));
            emitted.put(group, lines.toString());
        }
    }

    static Map<String, String> parse(String lines) {
        Map<String, String> prints = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    prints.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return prints;
    }

    static String fingerprint(Incident incident) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(incident.toByteBuffer());
            return Base64.getEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
