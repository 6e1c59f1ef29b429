package dev.conflictstream.launcher;

import dev.conflictstream.schema.topic.TopicSpec;
import dev.conflictstream.schema.topic.Topics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics of the contract that do not exist yet (the brokers never auto-create). */
public final class TopicsAdmin {
    private static final Logger log = LoggerFactory.getLogger(TopicsAdmin.class);

    private TopicsAdmin() {}

    public static List<String> ensure(Admin admin, short replicationFactor) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.ALL.stream().filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> newTopic(topic, replicationFactor)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    static NewTopic newTopic(TopicSpec topic, short replicationFactor) {
        return new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(topic.configs());
    }
}
