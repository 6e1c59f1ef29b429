package dev.conflictstream.aggregate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * A topic's partition count as the broker states it, asked once and remembered (changing it
 * re-partitions every region: the aggregate is reset then, see docs/operations.md). A short-lived
 * admin client per question, so no connection is held for a number that never changes.
 */
final class TopicPartitionCount implements IntSupplier {
    private final Map<String, Object> adminConfig;
    private final String topic;
    private volatile int count;

    TopicPartitionCount(Map<String, Object> adminConfig, String topic) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.topic = topic;
    }

    @Override
    public int getAsInt() {
        if (count == 0) {
            try (Admin admin = Admin.create(adminConfig)) {
                count = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions().size();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot describe " + topic + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while describing " + topic, e);
            }
        }
        return count;
    }
}
