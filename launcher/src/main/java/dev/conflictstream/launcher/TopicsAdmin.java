package dev.conflictstream.launcher;

import dev.conflictstream.schema.topic.TopicSpec;
import dev.conflictstream.schema.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics of the contract that do not exist yet (the brokers never auto-create),
 * with the deployment's partition count. An existing topic is never altered: one with another
 * partition count is reported and logged, because changing it moves keys (regions) to other
 * partitions and needs a reset of the aggregate (docs/operations.md, "Topic partitions").
 */
public final class TopicsAdmin {
    private static final Logger log = LoggerFactory.getLogger(TopicsAdmin.class);

    private TopicsAdmin() {}

    /**
     * @param created           topics this call created
     * @param otherPartitions   existing topics whose partition count is not the requested one,
     *                          with the count they have
     */
    public record Outcome(List<String> created, Map<String, Integer> otherPartitions) {
        public Outcome {
            created = List.copyOf(created);
            otherPartitions = Map.copyOf(otherPartitions);
        }
    }

    public static Outcome ensure(Admin admin, TopicPartitions partitions, short replicationFactor) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.ALL.stream().filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> newTopic(topic, partitions, replicationFactor)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                log.info("created topics {} ({} partitions each, dead letters 1)",
                        missing.stream().map(NewTopic::name).toList(), partitions.count());
            }
            return new Outcome(missing.stream().map(NewTopic::name).toList(), otherPartitions(admin, partitions, existing));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    static NewTopic newTopic(TopicSpec topic, TopicPartitions partitions, short replicationFactor) {
        return new NewTopic(topic.name(), partitions.of(topic), replicationFactor).configs(topic.configs());
    }

    private static Map<String, Integer> otherPartitions(Admin admin, TopicPartitions partitions, Set<String> existing)
            throws InterruptedException, ExecutionException {
        List<TopicSpec> present = Topics.ALL.stream().filter(topic -> existing.contains(topic.name())).toList();
        if (present.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> described =
                admin.describeTopics(present.stream().map(TopicSpec::name).toList()).allTopicNames().get();
        Map<String, Integer> other = new LinkedHashMap<>();
        for (TopicSpec topic : present) {
            int actual = described.get(topic.name()).partitions().size();
            if (actual != partitions.of(topic)) {
                other.put(topic.name(), actual);
            }
        }
        if (!other.isEmpty()) {
            log.warn("topics exist with another partition count than the {} that {} asks for, left as they are: {}. "
                    + "Changing the count moves regions to other partitions: reset and replay the aggregate if you do "
                    + "(docs/operations.md, \"Topic partitions\")", partitions.count(), TopicPartitions.KEY, other);
        }
        return other;
    }
}
