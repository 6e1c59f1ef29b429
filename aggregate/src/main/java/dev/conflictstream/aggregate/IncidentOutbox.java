package dev.conflictstream.aggregate;

import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Report;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The incidents that changed since they were last published, each with its latest figures
 * (null: it ended), published once per commit instead of once per report. A busy incident (a
 * day of one town's shelling reported by dozens of outlets) changes with every report; its
 * subscribers need the incident after each commit, as for the region tallies.
 *
 * <p>The aggregate drains the outbox when it publishes at a commit ({@link FlushHook}). An
 * incident is built then, from the figures kept here and the reports in the store at that
 * moment, which are the ones the figures name.
 */
final class IncidentOutbox {
    private record Pending(String group, LocalDate first, IncidentFigures figures, long timestamp) {}

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** Incident {@code id} of {@code group} first dated {@code first} now has {@code figures} (null: ended). */
    void changed(String id, String group, LocalDate first, IncidentFigures figures, long timestamp) {
        pending.put(id, new Pending(group, first, figures, timestamp));
    }

    /** Publishes every pending incident (a tombstone for an ended one), in the order they first changed, and empties the outbox. */
    void drain(Function<String, Report> reports, Publisher publisher) {
        if (pending.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            Incident incident = p.figures() == null ? null : Incidents.of(p.group(), p.first(), p.figures(), reports);
            publisher.publish(e.getKey(), incident, p.timestamp());
        }
        pending.clear();
    }

    @FunctionalInterface
    interface Publisher {
        void publish(String id, Incident incident, long timestamp);
    }
}
