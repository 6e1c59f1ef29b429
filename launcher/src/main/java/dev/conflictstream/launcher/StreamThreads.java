package dev.conflictstream.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * What the stream threads of an application in this JVM are doing, for an operator whose run
 * did not finish: the application's state, each thread's state and tasks, and where in the code
 * each stream thread is now (the top of its stack).
 */
final class StreamThreads {
    /** Frames of each thread's stack shown: enough to tell waiting on the broker from processing. */
    static final int FRAMES = 12;

    private StreamThreads() {}

    static List<String> describe(KafkaStreams streams) {
        List<String> lines = new ArrayList<>();
        Map<String, StackTraceElement[]> stacks = Thread.getAllStackTraces().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().getName(), Map.Entry::getValue, (a, b) -> a));
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            lines.add(String.format("%s (%s): %s, active tasks %s, standby tasks %s", thread.threadName(), streams.state(),
                    thread.threadState(), thread.activeTasks().stream().map(t -> t.taskId().toString()).sorted().toList(),
                    thread.standbyTasks().stream().map(t -> t.taskId().toString()).sorted().toList()));
            StackTraceElement[] stack = stacks.get(thread.threadName());
            if (stack != null) {
                Arrays.stream(stack).limit(FRAMES).forEach(frame -> lines.add("    at " + frame));
            }
        }
        return lines;
    }
}
