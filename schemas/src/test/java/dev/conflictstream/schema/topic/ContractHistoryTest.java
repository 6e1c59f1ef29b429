package dev.conflictstream.schema.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import java.io.IOException;
import java.io.InputStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * Every published version of a topic's value schema stays readable by the current one
 * (the registry's BACKWARD rule, checked here before a release instead of at the first
 * registration). Earlier versions are kept under {@code contract-history/}.
 */
class ContractHistoryTest {

    @Test
    void theIncidentWithItsReportCountAndBoundedReportsReadsIncidentsWrittenBefore() throws IOException {
        assertReads(Incident.getClassSchema(), earlier("Incident-1.avsc"));
        assertThat(Incident.getClassSchema().getField("reportCount").defaultVal()).isEqualTo(0);
    }

    @Test
    void eventsAndReportsWithArticleProvenanceReadRecordsWrittenBefore() throws IOException {
        try (InputStream in = ContractHistoryTest.class.getResourceAsStream("/contract-history/ConflictEvent-1.avsc")) {
            assertReads(ConflictEvent.getClassSchema(), new Schema.Parser().parse(in)); // defines Place and CasualtyFigure itself
        }
        assertReads(Incident.getClassSchema(), earlier("Incident-2.avsc"));
        assertThat(ConflictEvent.getClassSchema().getField("articleUrl").defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
        assertThat(dev.conflictstream.schema.Report.getClassSchema().getField("datePrecision").defaultVal()).isEqualTo(1);
    }

    private static void assertReads(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertThat(result.getType()).as(result.getDescription()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    private static Schema earlier(String file) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        parser.parse(ConflictEvent.getClassSchema().toString()); // Place and CasualtyFigure, unchanged, are defined there
        try (InputStream in = ContractHistoryTest.class.getResourceAsStream("/contract-history/" + file)) {
            return parser.parse(in);
        }
    }
}
