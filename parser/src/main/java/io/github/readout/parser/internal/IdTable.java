package io.github.readout.parser.internal;

/**
 * A map from the numbers of words ({@link WordIds}) to values, by open addressing in two arrays:
 * a lookup mixes the number and reads a slot or two, with no boxing, hashing of text or entry to
 * chase. Not safe for a write while another thread reads.
 *
 * @param <T> the values
 */
class IdTable<T> {

    private static final int[] NO_IDS = new int[0];

    /** Each slot's number plus one, 0 for an empty slot: a table made needs no filling. */
    private int[] ids = NO_IDS;
    private Object[] values;
    private int size;

    /** The value of a number, or null; a negative number ({@link WordIds#NONE}) has none. */
    @SuppressWarnings("unchecked")
    final T get(int id) {
        int[] table = ids;
        if (id < 0 || size == 0) {
            return null;
        }
        int mask = table.length - 1;
        for (int slot = mix(id) & mask; ; slot = (slot + 1) & mask) {
            int held = table[slot];
            if (held == id + 1) {
                return (T) values[slot];
            }
            if (held == 0) {
                return null;
            }
        }
    }

    /** Sets the value of a number of zero or more. */
    final void put(int id, T value) {
        if (id < 0) {
            throw new IllegalArgumentException("no word's number: " + id);
        }
        if (2 * (size + 1) > ids.length) {
            grow();
        }
        int mask = ids.length - 1;
        int slot = mix(id) & mask;
        while (ids[slot] != 0 && ids[slot] != id + 1) {
            slot = (slot + 1) & mask;
        }
        if (ids[slot] == 0) {
            ids[slot] = id + 1;
            size++;
        }
        values[slot] = value;
    }

    /** How many numbers have values. */
    final int size() {
        return size;
    }

    /** The numbers that have values, in no order. */
    final int[] ids() {
        int[] held = new int[size];
        int n = 0;
        for (int each : ids) {
            if (each != 0) {
                held[n++] = each - 1;
            }
        }
        return held;
    }

    private void grow() {
        int[] oldIds = ids;
        Object[] oldValues = values;
        ids = new int[Math.max(2, oldIds.length * 2)];
        values = new Object[ids.length];
        size = 0;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                @SuppressWarnings("unchecked")
                T value = (T) oldValues[i];
                put(oldIds[i] - 1, value);
            }
        }
    }

    /** Spreads numbers given in order over the slots, as a table's low bits pick them. */
    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
