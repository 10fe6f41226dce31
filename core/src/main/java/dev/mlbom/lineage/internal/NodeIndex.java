package dev.mlbom.lineage.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * An open-addressing index from (kind, name, version) to a node number, comparing the parts
 * directly so that a lookup allocates nothing (no {@code name@version} string, no boxed int).
 * Not thread-safe while being filled; safe to read from many threads once filled.
 */
public final class NodeIndex {
    private byte[] kinds;
    private String[] names;
    private String[] versions;
    private int[] values;
    private int size;

    /**
     * Creates an index.
     *
     * @param expected how many keys to expect
     */
    public NodeIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        kinds = new byte[capacity];
        names = new String[capacity];
        versions = new String[capacity];
        values = new int[capacity];
    }

    /**
     * The node of a key.
     *
     * @param kind 0 for models, 1 for datasets
     * @param name the name
     * @param version the version, or null
     * @return the node number, or -1
     */
    public int get(int kind, String name, String version) {
        int slot = slot(kind, name, version);
        return names[slot] == null ? -1 : values[slot];
    }

    /**
     * Adds a key that is not present yet.
     *
     * @param kind 0 for models, 1 for datasets
     * @param name the name
     * @param version the version, or null
     * @param value the node number
     */
    public void put(int kind, String name, String version, int value) {
        int slot = slot(kind, name, version);
        if (names[slot] == null) {
            kinds[slot] = (byte) kind;
            names[slot] = name;
            versions[slot] = version;
            size++;
        }
        values[slot] = value;
        if (size * 2 > names.length) {
            grow();
        }
    }

    private int slot(int kind, String name, String version) {
        int mask = names.length - 1;
        int hash = (name.hashCode() * 31 + (version == null ? 0 : version.hashCode())) * 31 + kind;
        int slot = (hash * 0x9E3779B9) >>> 7 & mask;
        while (names[slot] != null
                && (kinds[slot] != kind || !names[slot].equals(name) || !Objects.equals(versions[slot], version))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        byte[] oldKinds = kinds;
        String[] oldNames = names;
        String[] oldVersions = versions;
        int[] oldValues = values;
        int capacity = oldNames.length * 2;
        kinds = new byte[capacity];
        names = new String[capacity];
        versions = new String[capacity];
        values = new int[capacity];
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] != null) {
                int slot = slot(oldKinds[i], oldNames[i], oldVersions[i]);
                kinds[slot] = oldKinds[i];
                names[slot] = oldNames[i];
                versions[slot] = oldVersions[i];
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldNames, null);
    }
}
