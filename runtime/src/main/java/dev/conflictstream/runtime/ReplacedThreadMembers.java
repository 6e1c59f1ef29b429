package dev.conflictstream.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the static member of a replaced stream thread out of the consumer group. With static
 * membership ({@link StaticMembership}) each stream thread joins as {@code <group.instance.id>-<n>}.
 * When the uncaught-exception handler answers REPLACE_THREAD, Kafka Streams starts the new thread
 * while the dead one still counts, so under the next index ({@code -2} for a dead {@code -1}),
 * and leaves the dead thread's member in the group: the rebalance the new member starts then
 * waits for the old one until its session times out (45 s by default), and the application
 * processes nothing meanwhile. Measured with a broker restart under load: tallies resumed 43.8 s
 * after the broker was back. Streams' own {@code removeStreamThread} removes the member;
 * replacing does not, so this does, once the dead thread has ended.
 */
final class ReplacedThreadMembers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReplacedThreadMembers.class);
    private static final Pattern THREAD_INDEX = Pattern.compile("-StreamThread-(\\d+)$");
    /** How long the dead thread may take to end, and how long removal is retried (the broker may be down). */
    static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final String groupId;
    private final String instanceId;
    private final Map<String, Object> adminConfig = new HashMap<>();
    private final ExecutorService removals = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replaced-thread-members");
        thread.setDaemon(true);
        return thread;
    });

    /** For the application of {@code streamsProperties} (with its group.instance.id, if any). */
    ReplacedThreadMembers(Properties streamsProperties) {
        this.groupId = streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        this.instanceId = streamsProperties.getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        streamsProperties.stringPropertyNames().stream().filter(AdminClientConfig.configNames()::contains)
                .forEach(name -> adminConfig.put(name, streamsProperties.getProperty(name)));
    }

    /** The static member of stream thread {@code threadName}, e.g. {@code <id>-1}; null if it has none. */
    static String memberOf(String instanceId, String threadName) {
        Matcher index = THREAD_INDEX.matcher(threadName);
        return instanceId == null || !index.find() ? null : instanceId + "-" + index.group(1);
    }

    /** Once {@code dead} (a stream thread being replaced) has ended, removes its static member; in the background. */
    void removeWhenEnded(Thread dead) {
        String member = memberOf(instanceId, dead.getName());
        if (member == null) {
            return;
        }
        try {
            removals.execute(() -> remove(dead, member));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the application is going away with its members
        }
    }

    /**
     * A live thread of this process under the dead thread's name: Streams reuses the lowest free
     * thread index, so a later replacement may have joined as the very member this would remove.
     */
    static boolean nameTakenByALiveThread(Thread dead) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t != dead && t.isAlive() && t.getName().equals(dead.getName()));
    }

    private void remove(Thread dead, String member) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            dead.join(PATIENCE.toMillis());
            try (Admin admin = Admin.create(adminConfig)) {
                while (true) {
                    if (nameTakenByALiveThread(dead)) {
                        log.info("{}: static member {} belongs to a new stream thread again; not removed", groupId, member);
                        return;
                    }
                    try {
                        admin.removeMembersFromConsumerGroup(groupId, new RemoveMembersFromConsumerGroupOptions(
                                List.of(new MemberToRemove(member)))).all().get(RETRY.toMillis() * 5, TimeUnit.MILLISECONDS);
                        log.info("{}: static member {} of the replaced stream thread removed from the group", groupId, member);
                        return;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof UnknownMemberIdException) {
                            return; // its session ended first, or it left
                        }
                        if (System.nanoTime() > deadline) {
                            log.warn("{}: static member {} of a replaced stream thread not removed ({}); the group waits "
                                    + "for its session to time out", groupId, member, e.getCause().toString());
                            return;
                        }
                    } catch (java.util.concurrent.TimeoutException e) {
                        if (System.nanoTime() > deadline) {
                            log.warn("{}: static member {} of a replaced stream thread not removed (timed out)", groupId, member);
                            return;
                        }
                    }
                    Thread.sleep(RETRY.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("{}: static member {} of a replaced stream thread not removed: {}", groupId, member, e.toString());
        }
    }

    @Override
    public void close() {
        removals.shutdownNow();
    }
}
