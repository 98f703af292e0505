package io.ots2oss.osswriter.upload;

import java.util.Arrays;

/** A part being filled: grows on demand up to the part size, so tiny objects do not allocate whole parts. */
final class PartBuffer {
    private static final int INITIAL_CAPACITY = 64 * 1024;

    private final int capacity;
    private final MemoryBudget.Reservation reservation;
    private byte[] bytes;
    private int length;

    PartBuffer(int capacity, MemoryBudget.Reservation reservation) {
        this.capacity = capacity;
        this.reservation = reservation;
        this.bytes = new byte[Math.min(capacity, INITIAL_CAPACITY)];
    }

    /** Copies as much as fits; returns how many bytes were taken. */
    int append(byte[] source, int offset, int count) {
        int taken = Math.min(count, capacity - length);
        ensureCapacity(length + taken);
        System.arraycopy(source, offset, bytes, length, taken);
        length += taken;
        return taken;
    }

    boolean isFull() {
        return length == capacity;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    void release() {
        bytes = null;
        reservation.release();
    }

    private void ensureCapacity(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(capacity, Math.max(needed, 2L * bytes.length)));
        }
    }
}
