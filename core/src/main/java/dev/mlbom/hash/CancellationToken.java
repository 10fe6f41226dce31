package dev.mlbom.hash;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Cancels hashing from another thread, e.g. when a server shuts down or a user presses Ctrl-C.
 *
 * <p>Pass a token to {@link ArtifactHasher#hashDirectory(java.nio.file.Path, CancellationToken)}
 * and call {@link #cancel()} from anywhere: the hashing call then throws a
 * {@link HashingException} with reason {@link HashingException.Reason#CANCELLED} within one buffer
 * read (1 MiB) per worker, after its worker threads have stopped, or within 50 ms when a worker is
 * blocked in an {@code open()} that does not return (that worker is left behind, interrupted; see
 * {@link ArtifactHasher}). Interrupting the thread that
 * called the hasher has the same effect. A token cannot be reset; use a new one per operation.
 *
 * <p>For a deadline, {@link #after(Duration)} makes a token that cancels itself, e.g. to bound how
 * long a serving app may spend verifying its model at startup:
 * <pre>{@code
 * CancellationToken deadline = CancellationToken.after(Duration.ofMinutes(2));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CancellationToken {

    private volatile boolean cancelled;
    private volatile Future<?> timer;

    /** Creates a token that is not cancelled. */
    public CancellationToken() {
    }

    /**
     * Creates a token that cancels itself once {@code timeout} has passed, measured from this call.
     *
     * <p>Cheap: no thread per token. All such tokens share one daemon thread,
     * {@code mlbom-cancellation-timer}, started on first use, which only flips the token's flag
     * when the time is up (it never runs callers' code and never keeps the JVM alive). Calling
     * {@link #cancel()} earlier removes the token's timer at once. A zero or negative timeout
     * returns a token that is already cancelled.
     *
     * @param timeout how long until the token cancels itself
     * @return a new token, not yet cancelled unless {@code timeout} is zero or negative
     * @throws NullPointerException if {@code timeout} is null
     */
    public static CancellationToken after(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        CancellationToken token = new CancellationToken();
        if (timeout.isZero() || timeout.isNegative()) {
            token.cancelled = true;
            return token;
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return token;   // beyond about 292 years: never fires
        }
        token.timer = Timer.EXECUTOR.schedule(token::expire, nanos, TimeUnit.NANOSECONDS);
        if (token.cancelled) {
            token.timer.cancel(false);
        }
        return token;
    }

    /** Requests cancellation; idempotent. */
    public void cancel() {
        cancelled = true;
        Future<?> scheduled = timer;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void expire() {
        cancelled = true;
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /** The one daemon thread behind {@link #after(Duration)}, created on first use. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor EXECUTOR = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "mlbom-cancellation-timer");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }
}
