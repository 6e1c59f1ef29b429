package dev.conflictstream.launcher;

import dev.conflictstream.ingest.IngestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this process between two {@link Snapshot}s, per group of threads. A group is
 * every live Java thread whose name contains its marker: a Kafka Streams application id
 * followed by {@code -} picks up its stream threads ({@code <application.id>-<uuid>-StreamThread-N})
 * and the network threads of their clients ({@code kafka-producer-network-thread | <application.id>-...}).
 * Other Java threads (broker, schema registry, publisher, samplers) are {@link #OTHER_THREADS};
 * the rest of the process CPU (GC, JIT compiler threads, threads that ended in between) is
 * {@link #NOT_IN_JAVA_THREADS}. A JVM with dynamic compiler threads (the default) retires idle
 * C2 threads, and their time then counts as ended, not as JIT: {@code ./pipeline bench} runs
 * with {@code -XX:-UseDynamicNumberOfCompilerThreads}.
 */
final class ThreadCpu {
    static final String OTHER_THREADS = "other Java threads";
    static final String NOT_IN_JAVA_THREADS = "GC, JIT, exited threads";
    static final String JIT = "  of which JIT compiler";
    /**
     * The part of {@link #OTHER_THREADS} that publishes the articles (the bench's main thread and
     * ingest's producer); the rest of them is the broker's and the schema registry's.
     */
    static final String PUBLISHER = "  of which publisher (bench main thread, ingest producer)";

    /** A named set of threads: those whose name contains {@code marker}. */
    record Group(String label, String marker) {}

    /**
     * Threads that are not Java threads, by the prefix of their OS name (15 characters at most):
     * part of {@link #NOT_IN_JAVA_THREADS}, each reported on its own row.
     */
    static final Map<String, List<String>> NATIVE_KINDS = new LinkedHashMap<>();

    static {
        NATIVE_KINDS.put("  of which GC", List.of("GC Thread", "VM Thread", "G1 ", "GC "));
        NATIVE_KINDS.put(JIT, List.of("C1 CompilerThre", "C2 CompilerThre"));
        NATIVE_KINDS.put("  of which RocksDB", List.of("rocksdb:"));
    }

    /** One thread's CPU time so far. */
    record ThreadTime(String name, long cpuNanos) {}

    /**
     * Per-thread (by id) and process CPU time at one instant, and the CPU time so far of the
     * threads of each {@link #NATIVE_KINDS} (empty where {@code /proc} cannot be read).
     */
    record Snapshot(Map<Long, ThreadTime> threads, long processCpuNanos, Map<String, Long> nativeKinds) {
        Snapshot(Map<Long, ThreadTime> threads, long processCpuNanos) {
            this(threads, processCpuNanos, Map.of());
        }
    }

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
        return new Snapshot(threads, os.getProcessCpuTime(), nativeKinds(Path.of("/proc/self/task")));
    }

    /** CPU nanoseconds so far of the OS threads under {@code tasks} by {@link #NATIVE_KINDS}; empty when unreadable. */
    static Map<String, Long> nativeKinds(Path tasks) {
        Map<String, Long> spent = new LinkedHashMap<>();
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) threads::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String kind = kindOf(name);
                    if (kind != null) {
                        spent.merge(kind, cpuNanos(Files.readString(task.resolve("stat"))), Long::sum);
                    }
                } catch (IOException ended) {
                    // the thread ended while listed
                }
            }
        } catch (IOException | UncheckedIOException notLinux) {
            return Map.of();
        }
        return spent;
    }

    private static String kindOf(String osThreadName) {
        for (var kind : NATIVE_KINDS.entrySet()) {
            if (kind.getValue().stream().anyMatch(osThreadName::startsWith)) {
                return kind.getKey();
            }
        }
        return null;
    }

    /** utime + stime of a {@code /proc/.../stat} line, in nanoseconds (clock ticks of 10 ms, as on every Linux of these machines). */
    static long cpuNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of proc(5), after pid and comm
        return ticks * 10_000_000L;
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
            String group = groupOf(entry.getValue().name(), groups);
            out.merge(group, spent, Long::sum);
            if (group.equals(OTHER_THREADS) && isPublisher(entry.getValue().name())) {
                out.merge(PUBLISHER, spent, Long::sum);
            }
        }
        out.putIfAbsent(PUBLISHER, 0L);
        long process = after.processCpuNanos() - before.processCpuNanos();
        out.put(NOT_IN_JAVA_THREADS, Math.max(0, process - javaThreads));
        for (String kind : NATIVE_KINDS.keySet()) {
            Long now = after.nativeKinds().get(kind);
            if (now != null) {
                out.put(kind, Math.max(0, now - before.nativeKinds().getOrDefault(kind, 0L)));
            }
        }
        out.put("process", process);
        return out;
    }

    private static boolean isPublisher(String threadName) {
        return threadName.equals("main") || threadName.contains(IngestConfig.CLIENT_ID);
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
