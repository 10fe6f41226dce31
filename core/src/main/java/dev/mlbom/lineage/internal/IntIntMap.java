package dev.mlbom.lineage.internal;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative ints to ints, sized to what is put in it, so that a
 * graph query costs time in proportion to its answer, not to the graph. Not thread-safe.
 */
public final class IntIntMap {
    private int[] keys;
    private int[] values;
    private int size;

    /** Creates an empty map. */
    public IntIntMap() {
        keys = new int[16];
        values = new int[16];
        Arrays.fill(keys, -1);
    }

    /**
     * Whether a key is present.
     *
     * @param key a non-negative key
     * @return true when present
     */
    public boolean containsKey(int key) {
        return keys[slot(keys, key)] == key;
    }

    /**
     * The value of a key.
     *
     * @param key a non-negative key
     * @param absent what to return when absent
     * @return the value, or {@code absent}
     */
    public int get(int key, int absent) {
        int slot = slot(keys, key);
        return keys[slot] == key ? values[slot] : absent;
    }

    /**
     * Puts a key when it is absent.
     *
     * @param key a non-negative key
     * @param value its value
     * @return true when the key was absent (and is now present)
     */
    public boolean putIfAbsent(int key, int value) {
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return false;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    /**
     * The number of keys.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    private static int slot(int[] keys, int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] != -1 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
