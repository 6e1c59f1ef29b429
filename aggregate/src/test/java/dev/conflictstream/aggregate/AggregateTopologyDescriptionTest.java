package dev.conflictstream.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code topology.describe()}: processor, store and internal topic names are part of the
 * deployed application (changelogs and repartition topics are named after them), so a rename
 * must be deliberate. After an intended change, copy the printed description into
 * {@code src/test/resources/aggregate-topology.txt} and plan the migration (new application id
 * or a reset, see the module README).
 */
class AggregateTopologyDescriptionTest {

    @Test
    void topologyDescriptionIsPinned() throws IOException {
        String described = AggregateTopology.build(AggregateConfig.defaults(),
                new TopicSerdes(new InMemorySchemaRegistryClient())).describe().toString();
        String pinned;
        try (InputStream in = getClass().getResourceAsStream("/aggregate-topology.txt")) {
            pinned = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(described.strip()).as("topology changed; new description:%n%s", described).isEqualTo(pinned.strip());
    }
}
