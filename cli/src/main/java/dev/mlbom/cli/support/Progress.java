package dev.mlbom.cli.support;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows hashing progress on stderr: bytes done of the total, rate, ETA and the file being read.
 *
 * <p>In {@link ProgressMode#BAR} mode one line is redrawn (carriage return) at most every
 * {@value #BAR_INTERVAL_MS} ms, e.g.
 * {@code hashing [=========>          ]  48%  1.9 GiB/4.0 GiB  310 MiB/s  ETA 7s  model.safetensors},
 * and replaced by a summary line when done. In {@link ProgressMode#PLAIN} mode a line such as
 * {@code mlbom: hashing 48% (1.9 GiB of 4.0 GiB, 310 MiB/s, ETA 7s) model.safetensors} is printed
 * at most every {@value #PLAIN_INTERVAL_MS} ms, so work that ends sooner prints nothing. In
 * {@link ProgressMode#NONE} mode nothing is printed.
 *
 * <p>Thread-safe: {@link #update} may be called from the hasher's worker threads (which it
 * serializes) while {@link #finish()} is called from the command's thread.
 */
public final class Progress {

    static final long BAR_INTERVAL_MS = 100;
    static final long PLAIN_INTERVAL_MS = 5_000;

    private final PrintWriter err;
    private final ProgressMode mode;
    private final String label;
    private final int columns;
    private final LongSupplier clock;
    private final long startNanos;
    private long lastDrawNanos;
    private long bytesDone;
    private long bytesTotal;
    private boolean drawn;
    private boolean finished;

    /**
     * Creates a progress display.
     *
     * @param err stderr
     * @param mode BAR, PLAIN or NONE ({@code AUTO} is resolved first)
     * @param label what is being done, e.g. {@code hashing}
     */
    public Progress(PrintWriter err, ProgressMode mode, String label) {
        this(err, mode.resolve(), label, Terminal.columns(), System::nanoTime);
        if (this.mode == ProgressMode.BAR) {
            // on Ctrl-C, end the bar's line so the shell prompt starts on a fresh one
            Runtime.getRuntime().addShutdownHook(new Thread(this::interrupted, "mlbom-progress"));
        }
    }

    Progress(PrintWriter err, ProgressMode mode, String label, int columns, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.label = label;
        this.columns = columns;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    /**
     * Records progress and redraws when it is time to.
     *
     * @param path the file being read
     * @param done bytes done over all files
     * @param total bytes to do over all files
     */
    public synchronized void update(String path, long done, long total) {
        this.bytesDone = done;
        this.bytesTotal = total;
        if (mode == ProgressMode.NONE || finished) {
            return;
        }
        long now = clock.getAsLong();
        long interval = mode == ProgressMode.BAR ? BAR_INTERVAL_MS : PLAIN_INTERVAL_MS;
        if ((now - lastDrawNanos) / 1_000_000 < interval) {
            return;
        }
        lastDrawNanos = now;
        if (mode == ProgressMode.BAR) {
            err.print("\r" + barLine(path, now));
            drawn = true;
        } else {
            err.println("mlbom: " + label + " " + percent() + " (" + Sizes.bytes(done) + " of " + Sizes.bytes(total)
                    + rateAndEta(now, ", ") + ") " + path);
        }
        err.flush();
    }

    /**
     * Ends the display: in bar mode replaces the bar with a summary line; otherwise prints nothing.
     */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (mode == ProgressMode.BAR && drawn) {
            long seconds = Math.max(0, (clock.getAsLong() - startNanos) / 1_000_000_000L);
            String line = label + " done: " + Sizes.bytes(bytesDone) + " in " + Sizes.duration(seconds);
            err.print("\r" + pad(line, columns - 1) + "\n");
            err.flush();
        }
    }

    private synchronized void interrupted() {
        if (!finished && drawn) {
            finished = true;
            err.print("\n");
            err.flush();
        }
    }

    String barLine(String path, long now) {
        int barWidth = 20;
        int filled = bytesTotal <= 0 ? barWidth : (int) Math.min(barWidth, bytesDone * barWidth / bytesTotal);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < barWidth; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        bar.append(']');
        String line = label + " " + bar + " " + String.format(Locale.ROOT, "%4s", percent()) + "  "
                + Sizes.bytes(bytesDone) + "/" + Sizes.bytes(bytesTotal) + rateAndEta(now, "  ") + "  ";
        int room = columns - 1 - line.length();
        String file = path == null ? "" : path;
        if (file.length() > room) {
            file = room > 4 ? "..." + file.substring(file.length() - (room - 3)) : "";
        }
        return pad(line + file, columns - 1);
    }

    private String percent() {
        long pct = bytesTotal <= 0 ? 100 : Math.min(100, bytesDone * 100 / bytesTotal);
        return pct + "%";
    }

    private String rateAndEta(long now, String separator) {
        double seconds = (now - startNanos) / 1e9;
        if (seconds < 0.2 || bytesDone == 0) {
            return "";
        }
        double rate = bytesDone / seconds;
        long eta = (long) Math.ceil((bytesTotal - bytesDone) / rate);
        return separator + Sizes.bytes((long) rate) + "/s" + separator + "ETA " + Sizes.duration(Math.max(0, eta));
    }

    private static String pad(String text, int width) {
        if (text.length() >= width) {
            return text.substring(0, Math.max(0, width));
        }
        return text + " ".repeat(width - text.length());
    }
}
