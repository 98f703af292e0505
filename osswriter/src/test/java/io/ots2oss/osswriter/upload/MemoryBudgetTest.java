package io.ots2oss.osswriter.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    @Test
    void reservationWaitsUntilMemoryIsReleased() throws Exception {
        MemoryBudget budget = new MemoryBudget(10 * 1024);
        MemoryBudget.Reservation first = budget.reserve(8 * 1024);
        CompletableFuture<MemoryBudget.Reservation> second = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.reserve(8 * 1024);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(second.isDone());
        first.release();
        second.get(30, TimeUnit.SECONDS).release();
        assertEquals(budget.totalBytes(), budget.availableBytes());
    }

    @Test
    void requestLargerThanTheBudgetTakesTheWholeBudget() throws Exception {
        MemoryBudget budget = new MemoryBudget(4 * 1024);
        MemoryBudget.Reservation all = budget.reserve(1024L * 1024);
        assertEquals(0, budget.availableBytes());
        all.release();
        all.release();
        assertEquals(4 * 1024, budget.availableBytes());
    }
}
