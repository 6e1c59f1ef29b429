package dev.conflictstream.aggregate;

import dev.conflictstream.schema.Report;
import java.io.IOException;
import java.util.Arrays;
import org.apache.avro.io.Encoder;

/**
 * A report with its plain Avro binary, encoded once when the aggregate applies the event: the
 * {@value AggregateTopology#REPORTS_STORE} store takes those bytes, and so does every incident
 * that carries the report in its provenance sample. An incident is published at each commit
 * that changes it, with its 10 latest reports, so encoding them again at every publication cost
 * more than encoding the report for the store (profile of round 13).
 *
 * <p>Avro's generated coders write a record nested in another (a report in an incident's
 * {@code reports} array) exactly as they write it alone, so {@link #customEncode} writes the kept
 * bytes as they are wherever a report is written: the store's serde and the incidents topic's
 * ({@code EncodedReportTest} pins the bytes). The fields are the report's too, for every reader
 * and for a writer without the generated coders. Immutable by contract: nothing in the aggregate
 * changes a report once built, and a setter called on this one would leave its bytes stale.
 */
final class EncodedReport extends Report {
    private static final AvroBinarySerde<Report> PLAIN = new AvroBinarySerde<>(Report.class);

    private final byte[] bytes;

    private EncodedReport(Report report, byte[] bytes) {
        this.bytes = bytes;
        for (int field = 0; field < report.getSchema().getFields().size(); field++) {
            put(field, report.get(field));
        }
    }

    /** {@code report} with its plain Avro binary. */
    static EncodedReport of(Report report) {
        return new EncodedReport(report, PLAIN.serializer().serialize(null, report));
    }

    @Override
    public void customEncode(Encoder out) throws IOException {
        out.writeFixed(bytes);
    }

    /**
     * The same report as {@code other}, which may be a plain one ({@link Report#equals} tells
     * classes apart): the same bytes, as equal fields encode to equal bytes and only those.
     */
    boolean sameAs(Report other) {
        if (other == null) {
            return false;
        }
        byte[] others = other instanceof EncodedReport encoded ? encoded.bytes : PLAIN.serializer().serialize(null, other);
        return Arrays.equals(bytes, others);
    }
}
