package dev.conflictstream.launcher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of this process between two {@link Snapshot}s, per group of threads. A group is
 * every live Java thread whose name contains its marker: a Kafka Streams application id
 * followed by {@code -} picks up its stream threads ({@code <application.id>-<uuid>-StreamThread-N})
 * and the network threads of their clients ({@code kafka-producer-network-thread | <application.id>-...}).
 * Other Java threads (broker, schema registry, publisher, samplers) are {@link #OTHER_THREADS};
 * the rest of the process CPU (GC, JIT compiler threads, threads that ended in between) is
 * {@link #NOT_IN_JAVA_THREADS}.
 */
final class ThreadCpu {
    static final String OTHER_THREADS = "other Java threads";
    static final String NOT_IN_JAVA_THREADS = "GC, JIT, exited threads";

    /** A named set of threads: those whose name contains {@code marker}. */
    record Group(String label, String marker) {}

    /** One thread's CPU time so far. */
    record ThreadTime(String name, long cpuNanos) {}

    /** Per-thread (by id) and process CPU time at one instant. */
    record Snapshot(Map<Long, ThreadTime> threads, long processCpuNanos) {}

    private ThreadCpu() {}

    static Snapshot take() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, ThreadTime> threads = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue; // ended since listed
            }
            long cpu = mx.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                threads.put(info.getThreadId(), new ThreadTime(info.getThreadName(), cpu));
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Snapshot(threads, os.getProcessCpuTime());
    }

    /**
     * CPU nanoseconds spent between {@code before} and {@code after}, in {@code groups} order (a
     * thread counts in the first group it matches), then {@link #OTHER_THREADS}, then
     * {@link #NOT_IN_JAVA_THREADS} (never negative), then {@code "process"}. A thread started in
     * between counts from zero.
     */
    static Map<String, Long> byGroup(Snapshot before, Snapshot after, List<Group> groups) {
        Map<String, Long> out = new LinkedHashMap<>();
        groups.forEach(g -> out.put(g.label(), 0L));
        out.put(OTHER_THREADS, 0L);
        long javaThreads = 0;
        for (var entry : after.threads().entrySet()) {
            ThreadTime then = before.threads().get(entry.getKey());
            long spent = entry.getValue().cpuNanos() - (then == null ? 0 : then.cpuNanos());
            javaThreads += spent;
            out.merge(groupOf(entry.getValue().name(), groups), spent, Long::sum);
        }
        long process = after.processCpuNanos() - before.processCpuNanos();
        out.put(NOT_IN_JAVA_THREADS, Math.max(0, process - javaThreads));
        out.put("process", process);
        return out;
    }

    static String groupOf(String threadName, List<Group> groups) {
        for (Group g : groups) {
            if (threadName.contains(g.marker())) {
                return g.label();
            }
        }
        return OTHER_THREADS;
    }
}
