package io.github.readout.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A carriage-return progress bar on standard error: count of total, rate and time left. It is
 * redrawn at most every {@link #INTERVAL_NANOS}, whatever the size of the documents, and
 * cleared before any message and at the end.
 */
class Progress {

    /** A bar that shows nothing. */
    static final Progress NONE = new Progress(null, 0, 0) {
        @Override
        void advance() {}

        @Override
        void clear() {}

        @Override
        void done(int failed) {}
    };

    static final long INTERVAL_NANOS = 100_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final int total;
    private final long start;
    private long lastDrawn;
    private int done;
    private int width;

    Progress(PrintWriter err, int total, long start) {
        this.err = err;
        this.total = total;
        this.start = start;
        this.lastDrawn = start - INTERVAL_NANOS;
    }

    /** Counts one document, and redraws when the last drawing is old enough. */
    void advance() {
        done++;
        long now = System.nanoTime();
        if (now - lastDrawn >= INTERVAL_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d  %.0f docs/s  %d:%02d left",
                "#".repeat(filled), "-".repeat(BAR - filled), done, total, rate, left / 60, left % 60);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Removes the bar, so that a message starts on a clean line; the next advance redraws it. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
            lastDrawn = System.nanoTime() - INTERVAL_NANOS;
        }
    }

    /** Removes the bar and says how the run went. */
    void done(int failed) {
        clear();
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        err.println(String.format(Locale.ROOT, "%s: info: done: %d of %d parsed, %d failed, in %.1f s (%.0f docs/s)",
                Messages.TOOL, done - failed, total, failed, seconds, done / seconds));
        err.flush();
    }
}
