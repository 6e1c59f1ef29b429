package dev.conflictstream.aggregate;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The figures of a set of reports (one day of an incident group, or an incident: two days
 * {@linkplain #plus merged}), kept so a report is added in O(1) and an incident is built from at
 * most two of these instead of from all its reports.
 *
 * <p>Casualties follow UCDP/ACLED: over the reports that state a figure, {@code low} is the
 * lowest low, {@code high} the highest high, and {@code best} the low of the <em>latest</em>
 * report (by the article's publication date, ties by event id: never by ingest time, so
 * re-ingesting an old article cannot make it "latest"), never a sum of duplicate reports. The
 * place is the most precise report's (lowest geo precision, then latest).
 *
 * <p>Everything here is a function of the set of reports: adding is exact; removing is exact
 * when the report held none of the extremes and is not among the latest ({@link #canRemove}),
 * otherwise the caller rebuilds the day from its reports. Reports are named by their key within the group
 * ({@code DATE|PUBLISHED|EVENT}); "latest" compares the part after the date.
 */
public final class IncidentFigures {
    private static final int DATE_PREFIX = "YYYY-MM-DD|".length();
    /** Reports an incident carries as provenance (the latest); the rest stay queryable. */
    static final int LATEST = 10;

    int reports;
    /** Ingest time of the newest article among the reports (freshness hint, exact too). */
    long updatedAt;
    /** Keys of the latest reports (at most {@link #LATEST}), latest first: the incident's provenance sample. */
    final List<String> latest = new ArrayList<>(LATEST + 1);
    /** Key of the most precise report with a place; null when none has a place. */
    String mostPrecise;
    int mostPreciseGeo;
    final Figure killed = new Figure();
    final Figure injured = new Figure();
    final TreeMap<String, Integer> versions = new TreeMap<>();

    /** Casualty figures of the reports that state one. */
    static final class Figure {
        int stated;
        int low;
        int high;
        /** Key of the latest report stating a figure, and its low. */
        String latest;
        int latestLow;

        void add(CasualtyFigure figure, String key) {
            if (figure == null) {
                return;
            }
            low = stated == 0 ? figure.getLow() : Math.min(low, figure.getLow());
            high = stated == 0 ? figure.getHigh() : Math.max(high, figure.getHigh());
            stated++;
            if (latest == null || isLater(key, latest)) {
                latest = key;
                latestLow = figure.getLow();
            }
        }

        void plus(Figure other) {
            if (other.stated == 0) {
                return;
            }
            low = stated == 0 ? other.low : Math.min(low, other.low);
            high = stated == 0 ? other.high : Math.max(high, other.high);
            stated += other.stated;
            if (latest == null || isLater(other.latest, latest)) {
                latest = other.latest;
                latestLow = other.latestLow;
            }
        }

        boolean canRemove(CasualtyFigure figure, String key) {
            return figure == null || (stated > 1 && !key.equals(latest) && figure.getLow() > low && figure.getHigh() < high);
        }

        void copyTo(Figure copy) {
            copy.stated = stated;
            copy.low = low;
            copy.high = high;
            copy.latest = latest;
            copy.latestLow = latestLow;
        }

        CasualtyEstimate estimate() {
            return stated == 0 ? none()
                    : CasualtyEstimate.newBuilder().setLow(low).setBest(latestLow).setHigh(high).setStated(true).build();
        }
    }

    static CasualtyEstimate none() {
        return CasualtyEstimate.newBuilder().setLow(0).setBest(0).setHigh(0).setStated(false).build();
    }

    /** Later publication date, then larger event id. */
    static boolean isLater(String key, String than) {
        int length = Math.min(key.length(), than.length());
        for (int i = DATE_PREFIX; i < length; i++) { // compares the parts after the date without copying them out
            char a = key.charAt(i), b = than.charAt(i);
            if (a != b) {
                return a > b;
            }
        }
        return key.length() > than.length();
    }

    /** The figures of one report. */
    void add(Report report, String key) {
        reports++;
        updatedAt = Math.max(updatedAt, report.getIngestedAt().toEpochMilli());
        keepLatest(key);
        if (report.getPlace() != null && (mostPrecise == null || isMorePrecise(report.getGeoPrecision(), key))) {
            mostPrecise = key;
            mostPreciseGeo = report.getGeoPrecision();
        }
        killed.add(report.getKilled(), key);
        injured.add(report.getInjured(), key);
        versions.merge(report.getExtractorVersion(), 1, Integer::sum);
    }

    private void keepLatest(String key) {
        int at = latest.size();
        while (at > 0 && isLater(key, latest.get(at - 1))) {
            at--;
        }
        if (at < LATEST) {
            latest.add(at, key);
            if (latest.size() > LATEST) {
                latest.remove(LATEST);
            }
        }
    }

    private boolean isMorePrecise(int geoPrecision, String key) {
        return geoPrecision < mostPreciseGeo || (geoPrecision == mostPreciseGeo && isLater(key, mostPrecise));
    }

    /** Whether {@link #remove} is exact: the report holds none of the extremes. */
    boolean canRemove(Report report, String key) {
        return reports > latest.size() && !latest.contains(key) && !key.equals(mostPrecise)
                && report.getIngestedAt().toEpochMilli() < updatedAt
                && killed.canRemove(report.getKilled(), key) && injured.canRemove(report.getInjured(), key);
    }

    /** Without a report that {@link #canRemove} allows. */
    void remove(Report report) {
        reports--;
        if (report.getKilled() != null) {
            killed.stated--;
        }
        if (report.getInjured() != null) {
            injured.stated--;
        }
        versions.computeIfPresent(report.getExtractorVersion(), (v, n) -> n == 1 ? null : n - 1);
    }

    /** A copy to change (keys are immutable strings: the lists and maps are copied, not their elements). */
    IncidentFigures copy() {
        IncidentFigures copy = new IncidentFigures();
        copy.reports = reports;
        copy.updatedAt = updatedAt;
        copy.latest.addAll(latest);
        copy.mostPrecise = mostPrecise;
        copy.mostPreciseGeo = mostPreciseGeo;
        killed.copyTo(copy.killed);
        injured.copyTo(copy.injured);
        copy.versions.putAll(versions);
        return copy;
    }

    /** This plus the figures of a disjoint set of reports. */
    IncidentFigures plus(IncidentFigures other) {
        if (other == null) {
            return this;
        }
        reports += other.reports;
        updatedAt = Math.max(updatedAt, other.updatedAt);
        other.latest.forEach(this::keepLatest);
        if (other.mostPrecise != null && (mostPrecise == null || isMorePrecise(other.mostPreciseGeo, other.mostPrecise))) {
            mostPrecise = other.mostPrecise;
            mostPreciseGeo = other.mostPreciseGeo;
        }
        killed.plus(other.killed);
        injured.plus(other.injured);
        other.versions.forEach((v, n) -> versions.merge(v, n, Integer::sum));
        return this;
    }

    /** Compact binary form for the incident-days store (read and written on every report). */
    public static Serde<IncidentFigures> serde() {
        return Serdes.serdeFrom((topic, figures) -> figures == null ? null : figures.encode(),
                (topic, bytes) -> bytes == null ? null : decode(bytes));
    }

    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(reports);
            out.writeLong(updatedAt);
            out.writeByte(latest.size());
            for (String key : latest) {
                out.writeUTF(key);
            }
            writeNullable(out, mostPrecise);
            out.writeByte(mostPreciseGeo);
            for (Figure f : new Figure[] {killed, injured}) {
                out.writeInt(f.stated);
                out.writeInt(f.low);
                out.writeInt(f.high);
                writeNullable(out, f.latest);
                out.writeInt(f.latestLow);
            }
            out.writeShort(versions.size());
            for (Map.Entry<String, Integer> v : versions.entrySet()) {
                out.writeUTF(v.getKey());
                out.writeInt(v.getValue());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IncidentFigures decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            IncidentFigures figures = new IncidentFigures();
            figures.reports = in.readInt();
            figures.updatedAt = in.readLong();
            int latest = in.readByte();
            for (int i = 0; i < latest; i++) {
                figures.latest.add(in.readUTF());
            }
            figures.mostPrecise = readNullable(in);
            figures.mostPreciseGeo = in.readByte();
            for (Figure f : new Figure[] {figures.killed, figures.injured}) {
                f.stated = in.readInt();
                f.low = in.readInt();
                f.high = in.readInt();
                f.latest = readNullable(in);
                f.latestLow = in.readInt();
            }
            int versions = in.readShort();
            for (int i = 0; i < versions; i++) {
                figures.versions.put(in.readUTF(), in.readInt());
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
