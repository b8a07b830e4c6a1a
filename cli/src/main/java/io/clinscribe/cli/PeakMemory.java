package io.clinscribe.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process's peak memory over a stretch of work: resident set size from Linux's high-water mark
 * (VmHWM), reset at the start by writing 5 to /proc/self/clear_refs, and the heap's peak use from the
 * JVM's memory pools, reset the same way. Where the RSS peak cannot be read, the heap pools' peak
 * committed size stands in, and {@link Peak#rssSource} says so.
 */
final class PeakMemory {

    /** What the peaks were and where the RSS figure came from. */
    record Peak(Optional<Long> rssBytes, String rssSource, long heapUsedBytes, long heapCommittedBytes) {
    }

    private final Path proc;
    private boolean rssReset;

    PeakMemory(Path proc) {
        this.proc = proc;
    }

    static PeakMemory ofThisProcess() {
        return new PeakMemory(Path.of("/proc/self"));
    }

    /** Starts a stretch: the high-water marks are brought down to what is in use now. */
    void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        try {
            Files.writeString(proc.resolve("clear_refs"), "5");
            rssReset = true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            rssReset = false; // VmHWM is then the peak since the JVM started, said so
        }
    }

    Peak read() {
        long used = 0;
        long committed = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getPeakUsage().getUsed();
                committed += pool.getPeakUsage().getCommitted();
            }
        }
        Optional<Long> hwm = highWaterMark();
        if (hwm.isEmpty()) {
            return new Peak(Optional.empty(), "unavailable (no /proc/self/status): see peak heap committed", used, committed);
        }
        return new Peak(hwm, rssReset ? "VmHWM, reset before this thread count" : "VmHWM since the JVM started (reset refused)",
                used, committed);
    }

    private Optional<Long> highWaterMark() {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return Optional.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Optional.empty();
    }
}
