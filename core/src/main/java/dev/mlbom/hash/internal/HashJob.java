package dev.mlbom.hash.internal;

import dev.mlbom.hash.CancellationToken;
import dev.mlbom.hash.HashProgressListener;
import dev.mlbom.hash.HashingException;
import dev.mlbom.hash.HashingException.Reason;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.Shard;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Hashes a list of files on a private, bounded thread pool that lives only for one call.
 *
 * <p>Work is cut into units: a whole file (per-file mode) or one shard (sharded mode). Each worker
 * owns one heap buffer of {@code bufferSize} bytes and one {@link MultiDigest}; the JDK reads into a
 * heap buffer through one cached direct buffer of the same size per thread, which it frees when the
 * thread ends (and the threads end with the call). Memory is therefore bounded by
 * {@code threads x 2 x bufferSize} plus the result list, whatever the model size.
 * Not thread-safe: one instance per call.
 */
public final class HashJob {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final List<HashAlgorithm> algorithms;
    private final long shardSize;
    private final int threads;
    private final int bufferSize;
    private final HashProgressListener listener;
    private final CancellationToken token;
    private volatile boolean aborted;
    private final Object progressLock = new Object();
    private long bytesDone;
    private long bytesTotal;

    /**
     * Creates a job.
     *
     * @param algorithms digest algorithms, at least one
     * @param shardSize shard size in bytes, or 0 for per-file mode
     * @param threads maximum worker threads
     * @param bufferSize bytes per read
     * @param listener progress listener
     * @param token cancellation token
     */
    public HashJob(List<HashAlgorithm> algorithms, long shardSize, int threads, int bufferSize,
            HashProgressListener listener, CancellationToken token) {
        this.algorithms = List.copyOf(algorithms);
        this.shardSize = shardSize;
        this.threads = threads;
        this.bufferSize = bufferSize;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.token = Objects.requireNonNull(token, "token");
    }

    private record Unit(int file, long start, long end) {
    }

    private static final Throwable DONE = new Throwable("done", null, false, false) {
        private static final long serialVersionUID = 1L;
    };
    private static final int IDLE = 0;
    private static final int OPENING = 1;
    private static final int READING = 2;
    /** How often the caller looks at cancellation and stalled workers while waiting. */
    private static final long POLL_MILLIS = 50;
    /** A worker that has not moved for this long has its file's status checked. */
    private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** An open that has not returned after this long fails the job. */
    private static final long OPEN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** How long a stopped job waits for a worker blocked in open() before leaving it behind. */
    private static final long OPEN_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** How long a stopped job waits for any worker before leaving it behind. */
    private static final long STOP_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long JOIN_SLICE_MILLIS = 20;

    /** What one worker thread is doing, for the watchdog and for stopping. */
    private static final class Slot {
        Thread thread;
        volatile FileEntry file;
        volatile int phase = IDLE;
        volatile long since = System.nanoTime();

        void enter(FileEntry entered, int newPhase) {
            since = System.nanoTime();
            file = entered;
            phase = newPhase;
        }

        void idle() {
            phase = IDLE;
        }
    }

    private Consumer<Path> beforeOpen = path -> { };

    /**
     * For tests: runs between the status check before opening a file and the open itself, to
     * simulate a file replaced in that window or an open that blocks.
     *
     * @param hook called on the worker thread with the file about to be opened
     * @return this job
     */
    HashJob beforeOpen(Consumer<Path> hook) {
        this.beforeOpen = Objects.requireNonNull(hook, "hook");
        return this;
    }

    private static final class Worker {
        final byte[] bytes;
        final ByteBuffer buffer;
        final MultiDigest digest;

        Worker(int bufferSize, List<HashAlgorithm> algorithms) {
            bytes = new byte[bufferSize];
            buffer = ByteBuffer.wrap(bytes);
            digest = new MultiDigest(algorithms);
        }
    }

    /**
     * Hashes the files.
     *
     * @param files the files, in the order the artifacts are returned
     * @return one artifact per file, same order
     * @throws HashingException when a file changed, reading failed, or the job was cancelled
     */
    public List<Artifact> run(List<FileEntry> files) throws HashingException {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            long size = files.get(i).size();
            bytesTotal += size;
            if (shardSize == 0 || size == 0) {
                units.add(new Unit(i, 0, size));
            } else {
                for (long start = 0; start < size; start += Math.min(shardSize, size - start)) {
                    units.add(new Unit(i, start, Math.min(size, start + shardSize)));
                }
            }
        }
        List<List<Digest>> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            results.add(null);
        }
        execute(files, units, results);

        List<Artifact> artifacts = new ArrayList<>(files.size());
        int u = 0;
        for (int i = 0; i < files.size(); i++) {
            FileEntry file = files.get(i);
            if (shardSize == 0) {
                artifacts.add(new Artifact(file.path(), file.size(), results.get(u++)));
            } else {
                List<Shard> shards = new ArrayList<>();
                while (u < units.size() && units.get(u).file() == i) {
                    shards.add(new Shard(units.get(u).start(), units.get(u).end(), results.get(u)));
                    u++;
                }
                artifacts.add(new Artifact(file.path(), file.size(), List.of(), shards));
            }
        }
        return artifacts;
    }

    private void execute(List<FileEntry> files, List<Unit> units, List<List<Digest>> results)
            throws HashingException {
        checkCancelled();
        int poolSize = Math.max(1, Math.min(threads, units.size()));
        AtomicInteger next = new AtomicInteger();
        BlockingQueue<Throwable> exits = new LinkedBlockingQueue<>();
        int pool = POOL_NUMBER.incrementAndGet();
        Slot[] slots = new Slot[poolSize];
        for (int t = 0; t < poolSize; t++) {
            Slot slot = new Slot();
            slots[t] = slot;
            slot.thread = new Thread(() -> {
                Throwable outcome = DONE;
                try {
                    Worker worker = new Worker(bufferSize, algorithms);
                    for (int i = next.getAndIncrement(); i < units.size(); i = next.getAndIncrement()) {
                        Unit unit = units.get(i);
                        results.set(i, hash(files.get(unit.file()), unit, worker, slot));
                    }
                } catch (Throwable failure) { // every failure goes to the caller, who rethrows it
                    outcome = failure;
                } finally {
                    slot.idle();
                    exits.add(outcome);
                }
            }, "mlbom-hash-" + pool + "-" + (t + 1));
            slot.thread.setDaemon(true);
        }
        boolean interrupted = false;
        try {
            for (Slot slot : slots) {
                slot.thread.start();
            }
            int finished = 0;
            while (finished < poolSize) {
                // never wait unboundedly: a worker may be stuck in an open() that never returns
                Throwable outcome = exits.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (outcome == null) {
                    if (token.isCancelled()) {
                        throw cancelled(null);
                    }
                    watch(slots);
                } else if (outcome != DONE) {
                    throw rethrow(outcome);
                } else {
                    finished++;
                }
            }
            // an interrupt that raced with the last worker's end still cancels the call
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            checkCancelled();
        } catch (InterruptedException e) {
            interrupted = true;
            throw new HashingException(Reason.CANCELLED,
                    "hashing was cancelled: the calling thread was interrupted", e);
        } finally {
            interrupted |= stop(slots);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static HashingException rethrow(Throwable failure) {
        if (failure instanceof HashingException hashing) {
            return hashing;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    /**
     * Checks the workers that have not moved for a while: a worker blocked opening or reading a file
     * that is no longer the regular file that was listed (e.g. a FIFO put in its place between the
     * check before opening and the open itself) fails the job with {@code FILE_CHANGED} instead of
     * blocking it; an open that has not returned after {@link #OPEN_TIMEOUT_NANOS} fails it with
     * {@code IO_ERROR}. Runs on the calling thread; reads status only, never opens a file.
     */
    private void watch(Slot[] slots) throws HashingException {
        long now = System.nanoTime();
        for (Slot slot : slots) {
            FileEntry file = slot.file;
            int phase = slot.phase;
            long stalled = now - slot.since;
            if (file == null || phase == IDLE || stalled < STALL_NANOS) {
                continue;
            }
            String difference = statusDifference(file);
            if (difference != null) {
                throw changed(file, difference);
            }
            if (phase == OPENING && stalled > OPEN_TIMEOUT_NANOS) {
                throw new HashingException(Reason.IO_ERROR, "opening model file '" + file.path() + "' ("
                        + file.file() + ") has not returned after " + OPEN_TIMEOUT_NANOS / 1_000_000_000L
                        + " s (a hung network file system, or a FIFO put in its place and taken away again);"
                        + " check the file system and that nothing replaces files in the model directory, then"
                        + " hash again");
            }
        }
    }

    /** The file's change since it was listed, or null when it looks the same (or cannot be read now). */
    private static String statusDifference(FileEntry file) {
        try {
            return file.status().differenceTo(FileStatus.read(file.file()));
        } catch (NoSuchFileException e) {
            return "it disappeared";
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Stops the workers: flags the job aborted, interrupts every worker, and waits for them to end.
     * Workers reading a file end within one buffer read (an interrupt closes their channel). A worker
     * blocked in an {@code open()} that does not return (a FIFO without a writer; the JDK cannot
     * interrupt it) is given {@link #OPEN_GRACE_NANOS} and then left behind: it is a daemon thread,
     * it is interrupted, and it ends as soon as its {@code open()} returns. No worker is waited for
     * longer than {@link #STOP_DEADLINE_NANOS}.
     *
     * @return whether the calling thread was interrupted while waiting
     */
    private boolean stop(Slot[] slots) {
        aborted = true;
        for (Slot slot : slots) {
            slot.thread.interrupt();
        }
        boolean interrupted = false;
        long start = System.nanoTime();
        for (Slot slot : slots) {
            while (slot.thread.isAlive()) {
                long waited = System.nanoTime() - start;
                if (waited > STOP_DEADLINE_NANOS || (slot.phase == OPENING && waited > OPEN_GRACE_NANOS)) {
                    break; // left behind: an interrupted daemon thread that holds no open file
                }
                try {
                    slot.thread.join(JOIN_SLICE_MILLIS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        return interrupted;
    }

    private List<Digest> hash(FileEntry file, Unit unit, Worker worker, Slot slot) throws HashingException {
        checkCancelled();
        MultiDigest digest = worker.digest;
        ByteBuffer buffer = worker.buffer;
        digest.reset();
        slot.enter(file, OPENING);
        // opening a FIFO for reading blocks until a writer appears: look (without opening) first,
        // so a special file put in the place of a listed file is refused before it is opened
        String before = statusDifference(file);
        if (before != null) {
            throw changed(file, before + " after it was listed");
        }
        beforeOpen.accept(file.file());
        try (FileChannel channel = FileChannel.open(file.file(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            slot.enter(file, READING);
            checkCancelled();
            if (channel.size() != file.size()) {
                throw changed(file, "its size changed from " + file.size() + " to " + channel.size()
                        + " bytes after it was listed");
            }
            long position = unit.start();
            while (position < unit.end()) {
                checkCancelled();
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), unit.end() - position));
                slot.since = System.nanoTime();
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw changed(file, "it ended at byte " + position + " while " + file.size() + " were expected");
                }
                digest.update(worker.bytes, 0, read);
                position += read;
                progress(file.path(), read);
            }
        } catch (ClosedChannelException e) {
            // ClosedByInterruptException: this worker was interrupted because the job stopped
            throw cancelled(e);
        } catch (NoSuchFileException e) {
            throw changed(file, "it disappeared");
        } catch (IOException e) {
            throw ModelScanner.ioError(file.file(), e);
        } finally {
            slot.idle();
        }
        List<Digest> result = digest.finish();
        String after = statusDifference(file);
        if (after != null) {
            throw changed(file, after);
        }
        return result;
    }

    private void progress(String path, int read) {
        synchronized (progressLock) {
            bytesDone += read;
            listener.onProgress(path, bytesDone, bytesTotal);
        }
    }

    private void checkCancelled() throws HashingException {
        if (token.isCancelled() || aborted || Thread.currentThread().isInterrupted()) {
            throw cancelled(null);
        }
    }

    private HashingException cancelled(Throwable cause) {
        return new HashingException(Reason.CANCELLED, token.isCancelled()
                ? "hashing was cancelled through its CancellationToken"
                : "hashing was cancelled: a thread was interrupted", cause);
    }

    private static HashingException changed(FileEntry file, String what) {
        return new HashingException(Reason.FILE_CHANGED, "model file '" + file.path() + "' (" + file.file()
                + ") changed while it was hashed: " + what
                + "; wait until nothing writes to the model directory, then hash again");
    }
}
