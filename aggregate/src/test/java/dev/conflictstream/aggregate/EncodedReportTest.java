package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.BATTLE;
import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/** A report's kept bytes are what Avro writes for it, alone in the store and nested in an incident. */
class EncodedReportTest {
    private static Report report(String eventId, Integer killed) {
        return Reports.of(event(eventId, BATTLE, killed == null ? null : SUMY, FEB_7, T0)
                .setKilled(killed == null ? null : TestEvents.killed(killed)).setArticleUrl(null).build());
    }

    private static Incident incident(List<Report> reports) {
        CasualtyEstimate none = IncidentFigures.none();
        return Incident.newBuilder().setIncidentId("UA.21|2025-02-07|Battles|geonames:692194").setEventType(BATTLE)
                .setSubEventType("Armed clash").setPlace(SUMY).setEventDate(FEB_7).setRegionCode("UA.21")
                .setKilled(none).setInjured(none).setReports(reports).setReportCount(reports.size())
                .setReportsByExtractorVersion(Map.of("rules-14", reports.size())).setUpdatedAt(T0).build();
    }

    /** Avro's generic walk over the schema: the generated coders off, every field read through {@code get}. */
    private static <T> byte[] generic(T record, org.apache.avro.Schema schema) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<T>(schema, new SpecificData()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @Test
    void writesTheBytesOfTheReportAloneAndInsideAnIncident() throws IOException {
        List<Report> plain = List.of(report("a#0", 3), report("b#1", null), report("c#2", 0));
        List<Report> encoded = plain.stream().<Report>map(EncodedReport::of).toList();
        AvroBinarySerde<Report> reports = new AvroBinarySerde<>(Report.class);
        AvroBinarySerde<Incident> incidents = new AvroBinarySerde<>(Incident.class);

        for (int i = 0; i < plain.size(); i++) {
            byte[] expected = reports.serializer().serialize(null, plain.get(i));
            assertThat(reports.serializer().serialize(null, encoded.get(i))).isEqualTo(expected);
            assertThat(generic(encoded.get(i), Report.getClassSchema())).isEqualTo(expected);
            assertThat(reports.deserializer().deserialize(null, expected)).isEqualTo(plain.get(i));
        }
        byte[] expected = incidents.serializer().serialize(null, incident(plain));
        assertThat(incidents.serializer().serialize(null, incident(encoded))).isEqualTo(expected);
        assertThat(generic(incident(encoded), Incident.getClassSchema())).isEqualTo(expected);
    }

    @Test
    void isTheSameReportAsAPlainOneWithTheSameFields() {
        Report plain = report("a#0", 3);
        EncodedReport encoded = EncodedReport.of(plain);

        assertThat(encoded.sameAs(plain)).isTrue();
        assertThat(encoded.sameAs(EncodedReport.of(report("a#0", 3)))).isTrue();
        assertThat(encoded.sameAs(report("a#0", 4))).isFalse();
        assertThat(encoded.sameAs(null)).isFalse();
        assertThat(encoded.getKilled()).isEqualTo(plain.getKilled());
        assertThat(encoded.getEvidence()).isEqualTo(plain.getEvidence());
    }
}
