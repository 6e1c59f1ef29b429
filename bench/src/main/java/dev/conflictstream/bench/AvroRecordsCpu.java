package dev.conflictstream.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@link AvroRecordsBenchmark}'s eight operations measured with per-thread CPU time instead of
 * wall-clock time, which the shared machine's load disturbs far less: each operation is warmed up
 * for {@code warmupMs} ms of CPU, then the operations take turns in {@code blocks} blocks of
 * {@code blockMs} ms each (a load change hits them all alike), and the median block gives
 * ns CPU/record and bytes allocated/record, printed with the load average before and after.
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar dev.conflictstream.bench.AvroRecordsCpu [warmupMs] [blocks] [blockMs]</pre>
 * (defaults 1500, 7 and 400).
 */
public final class AvroRecordsCpu {
    private static final ThreadMXBean MX = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static long sink;

    private AvroRecordsCpu() {}

    public static void main(String[] args) throws Exception {
        long warmupMs = args.length > 0 ? Long.parseLong(args[0]) : 1500;
        int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long blockMs = args.length > 2 ? Long.parseLong(args[2]) : 400;
        AvroRecordsBenchmark b = new AvroRecordsBenchmark();
        b.setup();
        Map<String, Callable<Object>> ops = new LinkedHashMap<>();
        ops.put("ConflictEvent encode", b::encodeConflictEvent);
        ops.put("ConflictEvent decode", b::decodeConflictEvent);
        ops.put("Report encode", b::encodeReport);
        ops.put("Report decode", b::decodeReport);
        ops.put("Incident(" + AvroRecordsBenchmark.REPORTS_PER_INCIDENT + " reports) encode", b::encodeIncident);
        ops.put("Incident(" + AvroRecordsBenchmark.REPORTS_PER_INCIDENT + " reports) decode", b::decodeIncident);
        ops.put("RegionTally encode", b::encodeRegionTally);
        ops.put("RegionTally decode", b::decodeRegionTally);

        String loadBefore = LoadAverage.now();
        for (Callable<Object> op : ops.values()) {
            run(op, warmupMs * 1_000_000L);
        }
        Map<String, double[][]> results = new LinkedHashMap<>();
        for (String name : ops.keySet()) {
            results.put(name, new double[2][blocks]);
        }
        for (int block = 0; block < blocks; block++) {
            for (Map.Entry<String, Callable<Object>> op : ops.entrySet()) {
                double[] r = run(op.getValue(), blockMs * 1_000_000L);
                results.get(op.getKey())[0][block] = r[0];
                results.get(op.getKey())[1][block] = r[1];
            }
        }
        System.out.printf("%-34s %14s %14s%n", "record, operation", "ns CPU/record", "bytes/record");
        for (Map.Entry<String, double[][]> r : results.entrySet()) {
            System.out.printf("%-34s %14.0f %14.0f%n", r.getKey(), median(r.getValue()[0]), median(r.getValue()[1]));
        }
        System.out.printf("load %s -> %s (%d)%n", loadBefore, LoadAverage.now(), sink & 1);
    }

    /** Runs {@code op} for about {@code cpuNanos} of this thread's CPU: {ns CPU/op, bytes/op}. */
    private static double[] run(Callable<Object> op, long cpuNanos) throws Exception {
        long tid = Thread.currentThread().getId();
        long cpu0 = MX.getCurrentThreadCpuTime();
        long alloc0 = MX.getThreadAllocatedBytes(tid);
        long ops = 0;
        long cpu;
        do {
            for (int i = 0; i < 100; i++) {
                sink += System.identityHashCode(op.call());
            }
            ops += 100;
            cpu = MX.getCurrentThreadCpuTime() - cpu0;
        } while (cpu < cpuNanos);
        long alloc = MX.getThreadAllocatedBytes(tid) - alloc0;
        return new double[] {(double) cpu / ops, (double) alloc / ops};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
