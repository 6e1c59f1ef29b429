package dev.conflictstream.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed next to every CPU figure a bench measures. */
final class LoadAverage {
    private LoadAverage() {}

    /** The 1, 5 and 15 minute load averages ("?" where /proc/loadavg is not readable). */
    static String now() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
