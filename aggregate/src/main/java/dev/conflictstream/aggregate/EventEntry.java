package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Report;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the aggregate keeps per event id ({@link EventIndex}): the newest version applied (the source article's
 * ingest time; a retraction's record time) and where the event's report lies, or nothing when
 * the event is retracted. One small entry per event serves both the out-of-order guard (a stale
 * copy never undoes a correction) and exact subtraction (the old report is found by its key).
 *
 * @param version   newest version applied
 * @param group     incident group of the current report; null once retracted
 * @param reportOfDay the report's key within its group ({@link IncidentKeys#reportOfDay}); null once retracted
 */
record EventEntry(long version, String group, String reportOfDay) {

    boolean live() {
        return group != null;
    }

    LocalDate date() {
        return IncidentKeys.isoDate(reportOfDay, 0, "YYYY-MM-DD".length());
    }

    String reportKey() {
        return IncidentKeys.reportKey(group, reportOfDay);
    }

    /** The entry of {@code event} applied at {@code version}, {@code report} being its report ({@link Reports#of}). */
    static EventEntry of(String eventId, ConflictEvent event, Report report, long version) {
        return new EventEntry(version, IncidentKeys.groupKey(event),
                IncidentKeys.reportOfDay(event.getEventDate(), report.getPublishedDate(), eventId));
    }

    /**
     * The entry of the live event whose report is stored under {@code reportKey}; null when the
     * key is not where that report belongs.
     */
    static EventEntry of(String reportKey, Report report) {
        String reportOfDay = IncidentKeys.reportOfDay(report.getEventDate(), report.getPublishedDate(), report.getEventId());
        int groupEnd = reportKey.length() - reportOfDay.length() - 1;
        if (groupEnd <= 0 || reportKey.charAt(groupEnd) != IncidentKeys.SEPARATOR || !reportKey.endsWith(reportOfDay)) {
            return null;
        }
        return new EventEntry(report.getIngestedAt().toEpochMilli(), reportKey.substring(0, groupEnd), reportOfDay);
    }

    static Serde<EventEntry> serde() {
        return Serdes.serdeFrom((topic, entry) -> entry == null ? null : entry.encode(),
                (topic, bytes) -> bytes == null ? null : decode(bytes));
    }

    private byte[] encode() {
        byte[] g = group == null ? new byte[0] : group.getBytes(StandardCharsets.UTF_8);
        byte[] r = reportOfDay == null ? new byte[0] : reportOfDay.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + 4 + g.length + r.length).putLong(version).putInt(g.length).put(g).put(r).array();
    }

    private static EventEntry decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long version = in.getLong();
        int groupLength = in.getInt();
        if (groupLength == 0) {
            return new EventEntry(version, null, null);
        }
        String group = new String(bytes, 12, groupLength, StandardCharsets.UTF_8);
        String report = new String(bytes, 12 + groupLength, bytes.length - 12 - groupLength, StandardCharsets.UTF_8);
        return new EventEntry(version, group, report);
    }
}
