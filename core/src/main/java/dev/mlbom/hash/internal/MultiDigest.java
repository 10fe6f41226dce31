package dev.mlbom.hash.internal;

import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.digests.Blake3Digest;

/**
 * Several digests over the same bytes, fed in one pass: every algorithm reads the same buffer.
 * Not thread-safe: one instance per worker.
 */
public final class MultiDigest {

    private final List<HashAlgorithm> algorithms;
    private final Engine[] engines;

    /**
     * Creates digests for the algorithms, in that order.
     *
     * @param algorithms at least one, no repeats
     */
    public MultiDigest(List<HashAlgorithm> algorithms) {
        this.algorithms = List.copyOf(algorithms);
        this.engines = new Engine[this.algorithms.size()];
        for (int i = 0; i < engines.length; i++) {
            engines[i] = engine(this.algorithms.get(i));
        }
    }

    /**
     * Feeds bytes from an array.
     *
     * @param bytes the array
     * @param offset first byte
     * @param length number of bytes
     */
    public void update(byte[] bytes, int offset, int length) {
        for (Engine engine : engines) {
            engine.update(bytes, offset, length);
        }
    }

    /**
     * Finishes every digest and resets for the next input.
     *
     * @return one digest per algorithm, in the constructor's order
     */
    public List<Digest> finish() {
        List<Digest> out = new ArrayList<>(engines.length);
        for (int i = 0; i < engines.length; i++) {
            out.add(Digest.of(algorithms.get(i), engines[i].finish()));
        }
        return out;
    }

    /** Discards what was fed so far. */
    public void reset() {
        for (Engine engine : engines) {
            engine.reset();
        }
    }

    private interface Engine {
        void update(byte[] bytes, int offset, int length);

        byte[] finish();

        void reset();
    }

    private static Engine engine(HashAlgorithm algorithm) {
        if (algorithm == HashAlgorithm.BLAKE3) {
            Blake3Digest blake3 = new Blake3Digest(algorithm.digestLength() * 8);
            return new Engine() {
                @Override
                public void update(byte[] bytes, int offset, int length) {
                    blake3.update(bytes, offset, length);
                }

                @Override
                public byte[] finish() {
                    byte[] out = new byte[algorithm.digestLength()];
                    blake3.doFinal(out, 0);
                    return out;
                }

                @Override
                public void reset() {
                    blake3.reset();
                }
            };
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm.jcaName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is missing from this Java runtime", e);
        }
        return new Engine() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                md.update(bytes, offset, length);
            }

            @Override
            public byte[] finish() {
                return md.digest();
            }

            @Override
            public void reset() {
                md.reset();
            }
        };
    }
}
