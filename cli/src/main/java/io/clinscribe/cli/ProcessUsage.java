package io.clinscribe.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time this process has used so far: its own threads (Java code and native code called in-process,
 * such as Tesseract through JNA) and the child processes it has waited for (PocketSphinx and sox run as
 * programs, so the JVM's own figure never sees them). Take one before and one after, and subtract.
 *
 * @param processNanos CPU time of the JVM's threads, or -1 if the JVM does not say
 * @param childNanos   CPU time of finished, waited-for child processes (Linux /proc/self/stat), or -1 elsewhere
 */
record ProcessUsage(long processNanos, long childNanos) {

    /** Linux's clock tick for /proc times; 100 on every mainstream kernel configuration (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static ProcessUsage now() {
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new ProcessUsage(process, childNanos(Path.of("/proc/self/stat")));
    }

    /** The usage between {@code earlier} and this; -1 where either is unknown. */
    ProcessUsage since(ProcessUsage earlier) {
        return new ProcessUsage(difference(processNanos, earlier.processNanos), difference(childNanos, earlier.childNanos));
    }

    /** Both together, the unknown parts left out. */
    long totalNanos() {
        return Math.max(0, processNanos) + Math.max(0, childNanos);
    }

    private static long difference(long later, long earlier) {
        return later < 0 || earlier < 0 ? -1 : later - earlier;
    }

    /** cutime + cstime: fields 16 and 17 of /proc/self/stat, counted after the ')' that ends the command name. */
    static long childNanos(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
            // fields[0] is field 3 (state), so field n is fields[n - 3]
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux: child time unknown, said so in the report
        }
    }
}
