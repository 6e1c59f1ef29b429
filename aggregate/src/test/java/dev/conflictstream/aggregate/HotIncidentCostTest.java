package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of a report must not grow with the incident it joins (a month of Bakhmut reporting
 * is thousands of reports of one place, type and day range). Measured as heap bytes allocated
 * per report on the processing thread: deterministic enough to compare, unlike time, and it is
 * what a design that rewrites a whole group per report pays in proportion to the group.
 */
class HotIncidentCostTest {
    private static final int HOT_REPORTS = 10_000;
    private static final int MEASURED = 1_000;

    @Test
    void aReportJoiningAnIncidentOf10000ReportsCostsWhatItCostsInAnIncidentOf10(@TempDir Path state) {
        try (AggregateDriver aggregate = new AggregateDriver(state)) {
            sendSmallIncidents(aggregate, "warmup", 200);
            long small = sendSmallIncidents(aggregate, "small", MEASURED / 10);

            for (int i = 0; i < HOT_REPORTS - MEASURED; i++) {
                aggregate.send(hotReport(i));
            }
            long before = allocatedBytes();
            for (int i = HOT_REPORTS - MEASURED; i < HOT_REPORTS; i++) {
                aggregate.send(hotReport(i));
            }
            long hot = (allocatedBytes() - before) / MEASURED;

            Incident incident = aggregate.incidents().get("UA.21|2025-02-07|" + STRIKE + "|geonames:692194");
            assertThat(incident.getReportCount()).isEqualTo(HOT_REPORTS);
            assertThat(incident.getReports()).hasSize(IncidentFigures.LATEST);
            assertThat(incident.getReports().get(0).getEventId()).as("latest first").isEqualTo(hotId(HOT_REPORTS - 1));
            assertThat(aggregate.tallies().get("UA.21").getReports()).isEqualTo(HOT_REPORTS + 200 * 10L + MEASURED);
            assertThat((double) hot).as("bytes allocated per report: %,d in an incident of %,d reports, %,d in incidents of 10",
                    hot, HOT_REPORTS, small).isLessThan(2.0 * small);
        }
    }

    /** Sends {@code incidents} incidents of 10 reports each (10 articles, one town, one day); bytes allocated per report. */
    private static long sendSmallIncidents(AggregateDriver aggregate, String name, int incidents) {
        long before = allocatedBytes();
        for (int n = 0; n < incidents; n++) {
            Place town = place(1_000_000L + n, "Town " + n, "UA", "UA.21", "Sumy Oblast");
            for (int r = 0; r < 10; r++) {
                aggregate.send(event(name + n + "-" + r + "#0", STRIKE, town, FEB_7, T0.plusSeconds(r))
                        .setKilled(killed(r)).build());
            }
        }
        return (allocatedBytes() - before) / (incidents * 10L);
    }

    private static dev.conflictstream.schema.ConflictEvent hotReport(int i) {
        return event(hotId(i), STRIKE, SUMY, i % 2 == 0 ? FEB_7 : FEB_7.plusDays(1), T0.plusSeconds(i))
                .setPublishedDate(LocalDate.of(2025, 2, 8)).setKilled(killed(i % 50)).build();
    }

    private static String hotId(int i) {
        return String.format("outlet-%05d#0", i);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
