package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.runtime.Settings;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LoopbackDefaultTest {

    @Test
    void theEmbeddedDefaultServesHttpOnLoopbackUnlessAHostIsSet() {
        Settings none = LocalPipeline.loopbackUnlessSet(new Settings(Map.of(), new Properties(), Map.of()));
        for (String key : LocalPipeline.HTTP_HOSTS) {
            assertThat(none.get(key, null)).as(key).isEqualTo("127.0.0.1");
        }
        assertThat(none.get("aggregate.advertised.host", null)).as("forwarding between instances reaches the bound address")
                .isEqualTo("127.0.0.1");

        Settings fromEnvironment = LocalPipeline.loopbackUnlessSet(new Settings(Map.of(), new Properties(),
                Map.of(Settings.envName("aggregate.http.host"), "0.0.0.0")));
        assertThat(fromEnvironment.get("aggregate.http.host", null)).as("a host the operator set is kept").isEqualTo("0.0.0.0");
        assertThat(fromEnvironment.get("enrich.http.host", null)).isEqualTo("127.0.0.1");
        assertThat(fromEnvironment.get("aggregate.advertised.host", null)).as("the operator's choice stands").isNull();
    }
}
