package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticMembershipTest {
    @TempDir
    Path dir;

    @Test
    void anInstanceKeepsItsIdAcrossRestartsAndAnotherStateDirGetsAnother() {
        String first = StaticMembership.instanceId(dir.resolve("a"), "app");
        assertThat(StaticMembership.instanceId(dir.resolve("a"), "app")).isEqualTo(first).startsWith("app-");
        assertThat(StaticMembership.instanceId(dir.resolve("b"), "app")).isNotEqualTo(first);
    }

    @Test
    void streamsPropertiesGetTheIdUnlessTheUserSetOne() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        assertThat(StreamsApp.withStaticMembership(props).getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG))
                .isEqualTo(StaticMembership.instanceId(dir, "app"));

        props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "mine");
        assertThat(StreamsApp.withStaticMembership(props).getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)).isEqualTo("mine");
    }
}
