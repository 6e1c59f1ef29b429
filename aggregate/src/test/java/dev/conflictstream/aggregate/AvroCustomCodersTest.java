package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.STRIKE;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.SUMY_OBLAST;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.event;
import static dev.conflictstream.aggregate.TestEvents.figure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Evidence;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.AvroBytes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Avro's generated per-class coders, which every serde of the project switches on
 * ({@link AvroBytes#model}) and every record class has (dates and timestamps included, see the
 * schemas module's AvroCustomCodersTest), write exactly the bytes of Avro's generic walk over the
 * schema, for every record the aggregate reads and writes, taken from a real topology run.
 */
class AvroCustomCodersTest {

    @Test
    void everyRecordTheAggregateKeepsHasGeneratedCoders() throws NoSuchMethodException {
        for (Class<?> type : List.of(ConflictEvent.class, Report.class, Incident.class, RegionTally.class,
                Place.class, Evidence.class, CasualtyEstimate.class)) {
            assertThat(type.getDeclaredMethod("customEncode", Encoder.class)).as(type.getSimpleName()).isNotNull();
        }
    }

    @Test
    void generatedCodersWriteTheBytesOfTheGenericWalk(@TempDir Path state) throws IOException {
        List<SpecificRecord> records = new ArrayList<>();
        try (AggregateDriver agg = new AggregateDriver(state)) {
            ConflictEvent strike = event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(figure(2, 3, "two or three killed")).build();
            ConflictEvent vague = event("b#0", STRIKE, SUMY_OBLAST, FEB_7, T0.plusSeconds(60)).setInjured(figure(5, 5, "five injured")).build();
            agg.send(strike);
            agg.send(vague);
            records.add(strike);
            records.add(vague);
            records.add(Reports.of(strike));
            agg.incidentTopic.readValuesToList().stream().filter(java.util.Objects::nonNull).forEach(records::add);
            agg.tallyTopic.readValuesToList().stream().filter(java.util.Objects::nonNull).forEach(records::add);
            agg.dailyTallyTopic.readValuesToList().stream().filter(java.util.Objects::nonNull).forEach(records::add);
        }
        assertThat(records).extracting(r -> r.getClass().getSimpleName())
                .contains("ConflictEvent", "Report", "Incident", "RegionTally");
        for (SpecificRecord record : records) {
            assertThat(bytes(record, true)).as(record.getClass().getSimpleName()).isEqualTo(bytes(record, false));
        }
    }

    private static byte[] bytes(SpecificRecord record, boolean customCoders) throws IOException {
        SpecificData model = SpecificData.getForSchema(record.getSchema());
        boolean before = model.useCustomCoders();
        model.setCustomCoders(customCoders);
        try {
            return AvroBytes.write(new SpecificDatumWriter<>(record.getSchema(), model), record, new byte[0]);
        } finally {
            model.setCustomCoders(before);
        }
    }
}
