package dev.mlbom.lineage.internal;

import java.util.Arrays;

/** A growable list of ints. Not thread-safe. */
public final class IntList {
    private int[] values;
    private int size;

    /**
     * Creates an empty list.
     *
     * @param capacity the initial capacity
     */
    public IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    /**
     * Appends a value.
     *
     * @param value the value
     */
    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /**
     * A value.
     *
     * @param index its index
     * @return the value
     */
    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    /**
     * Replaces a value.
     *
     * @param index its index
     * @param value the new value
     */
    public void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        values[index] = value;
    }

    /**
     * The number of values.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * A copy of the values.
     *
     * @return a new array of {@link #size()} values
     */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
