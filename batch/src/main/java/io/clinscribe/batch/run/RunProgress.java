package io.clinscribe.batch.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * How far a run is, told to the person waiting: on a terminal a one-line bar redrawn in place (files done
 * of total, files per second, time left); otherwise (a log, a pipe) a plain line every few seconds or
 * every tenth of the inputs, so logs stay short.
 */
public abstract sealed class RunProgress permits RunProgress.Bar, RunProgress.Lines {

    protected final PrintWriter out;
    protected final int total;
    protected final long startNanos = System.nanoTime();
    private long firstDoneNanos;
    private int firstDone;

    private RunProgress(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    /** A bar on a terminal, plain lines otherwise. */
    public static RunProgress to(PrintWriter out, int total, boolean terminal) {
        return terminal ? new Bar(out, total) : new Lines(out, total, Duration.ofSeconds(5));
    }

    /** Called often (after each input and on a timer); shows something only when there is news to show. */
    public abstract void update(int done);

    /** Ends the progress display (the bar's line is finished). */
    public abstract void finish(int done);

    protected String status(int done) {
        long now = System.nanoTime();
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (firstDone == 0 && done > 0) {
            firstDone = done;
            firstDoneNanos = now;
        }
        // time left from the pace since the first result: loading the models is not repeated
        double pace = done > firstDone && now > firstDoneNanos ? (done - firstDone) / ((now - firstDoneNanos) / 1e9) : rate;
        String left = pace > 0 && done < total ? " " + clock((long) ((total - done) / pace)) + " left" : "";
        return String.format(Locale.ROOT, "%d/%d files, %.1f files/s%s", done, total, rate, left);
    }

    static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** A bar redrawn in place with a carriage return. */
    static final class Bar extends RunProgress {
        private static final int WIDTH = 30;
        private String last = "";

        Bar(PrintWriter out, int total) {
            super(out, total);
        }

        @Override
        public synchronized void update(int done) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + status(done);
            if (!line.equals(last)) {
                // padded so a shorter line wipes out the end of the longer one before it
                out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
                out.flush();
                last = line;
            }
        }

        @Override
        public synchronized void finish(int done) {
            update(done);
            out.println();
            out.flush();
        }
    }

    /** A line every {@code every} or every tenth of the inputs, whichever comes first. */
    static final class Lines extends RunProgress {
        private final long everyNanos;
        private long lastNanos = System.nanoTime();
        private int lastTenth;
        private int lastDone = -1;

        Lines(PrintWriter out, int total, Duration every) {
            super(out, total);
            this.everyNanos = every.toNanos();
        }

        @Override
        public synchronized void update(int done) {
            int tenth = total == 0 ? 10 : (int) (10L * done / total);
            long now = System.nanoTime();
            if (done != lastDone && (tenth > lastTenth || now - lastNanos >= everyNanos)) {
                out.println("clinscribe batch: " + status(done));
                out.flush();
                lastTenth = tenth;
                lastNanos = now;
                lastDone = done;
            }
        }

        @Override
        public synchronized void finish(int done) {
            if (done != lastDone) {
                out.println("clinscribe batch: " + status(done));
                out.flush();
            }
        }
    }
}
