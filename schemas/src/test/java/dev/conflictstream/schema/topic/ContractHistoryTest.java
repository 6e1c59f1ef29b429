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
        Schema before = earlier("Incident-1.avsc");
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(Incident.getClassSchema(), before);
        assertThat(result.getType()).as(result.getDescription()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        assertThat(Incident.getClassSchema().getField("reportCount").defaultVal()).isEqualTo(0);
    }

    private static Schema earlier(String file) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        parser.parse(ConflictEvent.getClassSchema().toString()); // Place and CasualtyFigure, unchanged, are defined there
        try (InputStream in = ContractHistoryTest.class.getResourceAsStream("/contract-history/" + file)) {
            return parser.parse(in);
        }
    }
}
