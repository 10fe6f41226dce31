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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
        BlockingQueue<Worker> workers = new ArrayBlockingQueue<>(poolSize);
        List<Thread> started = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ThreadPoolExecutor executor = new ThreadPoolExecutor(poolSize, poolSize, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threadFactory(started));
        CompletionService<Void> completion = new ExecutorCompletionService<>(executor);
        boolean interrupted = false;
        try {
            for (int i = 0; i < units.size(); i++) {
                int index = i;
                completion.submit(() -> {
                    Worker worker = workers.poll();
                    if (worker == null) {
                        worker = new Worker(bufferSize, algorithms);
                    }
                    try {
                        results.set(index, hash(files.get(units.get(index).file()), units.get(index), worker));
                    } finally {
                        workers.offer(worker);
                    }
                    return null;
                });
            }
            for (int i = 0; i < units.size(); i++) {
                completion.take().get();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            throw new HashingException(Reason.CANCELLED,
                    "hashing was cancelled: the calling thread was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HashingException hashing) {
                throw hashing;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            aborted = true;
            executor.shutdownNow();
            interrupted |= awaitTermination(executor);
            // the pool is terminated once its tasks are done, but a worker thread may still be
            // unwinding: join them all, so that no hashing thread outlives the call
            interrupted |= joinAll(started);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean awaitTermination(ThreadPoolExecutor executor) {
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private static boolean joinAll(List<Thread> threads) {
        boolean interrupted = false;
        synchronized (threads) {
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        }
        return interrupted;
    }

    private static ThreadFactory threadFactory(List<Thread> started) {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "mlbom-hash-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            started.add(thread);
            return thread;
        };
    }

    private List<Digest> hash(FileEntry file, Unit unit, Worker worker) throws HashingException {
        checkCancelled();
        MultiDigest digest = worker.digest;
        ByteBuffer buffer = worker.buffer;
        digest.reset();
        try (FileChannel channel = FileChannel.open(file.file(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != file.size()) {
                throw changed(file, "its size changed from " + file.size() + " to " + channel.size()
                        + " bytes after it was listed");
            }
            long position = unit.start();
            while (position < unit.end()) {
                checkCancelled();
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), unit.end() - position));
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
        }
        List<Digest> result = digest.finish();
        requireUnchanged(file);
        return result;
    }

    private void requireUnchanged(FileEntry file) throws HashingException {
        BasicFileAttributes after;
        try {
            after = Files.readAttributes(file.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw changed(file, "it disappeared");
        } catch (IOException e) {
            throw ModelScanner.ioError(file.file(), e);
        }
        if (after.size() != file.size()) {
            throw changed(file, "its size changed from " + file.size() + " to " + after.size() + " bytes");
        }
        if (!after.lastModifiedTime().equals(file.modified())) {
            throw changed(file, "its modification time changed from " + file.modified() + " to "
                    + after.lastModifiedTime());
        }
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
