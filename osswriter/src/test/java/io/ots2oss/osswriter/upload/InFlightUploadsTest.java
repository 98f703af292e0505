package io.ots2oss.osswriter.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class InFlightUploadsTest {
    /** Like a DataX plugin object: equality and hash follow its fields. */
    private static final class FieldHashedOwner {
        private boolean committed;

        @Override
        public int hashCode() {
            return committed ? 1 : 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FieldHashedOwner && ((FieldHashedOwner) other).committed == committed;
        }
    }

    @Test
    void ownerWhoseHashChangesIsStillForgottenWhenClosed() {
        int before = InFlightUploads.openCount();
        FieldHashedOwner owner = new FieldHashedOwner();
        InFlightUploads.opened(owner, () -> { });
        owner.committed = true;
        InFlightUploads.closed(owner);
        assertEquals(before, InFlightUploads.openCount());
    }

    @Test
    void equalOwnersAreTrackedSeparately() {
        AtomicInteger aborted = new AtomicInteger();
        FieldHashedOwner first = new FieldHashedOwner();
        FieldHashedOwner second = new FieldHashedOwner();
        InFlightUploads.opened(first, aborted::incrementAndGet);
        InFlightUploads.opened(second, aborted::incrementAndGet);
        InFlightUploads.closed(first);
        InFlightUploads.abortAll();
        assertEquals(1, aborted.get());
    }
}
