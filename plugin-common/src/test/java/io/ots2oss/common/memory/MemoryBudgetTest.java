package io.ots2oss.common.memory;

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

    @Test
    void resizingGivesBackWhatIsNoLongerNeeded() throws Exception {
        MemoryBudget budget = new MemoryBudget(100 * 1024);
        MemoryBudget.Reservation page = budget.reserve(60 * 1024);
        page.resize(10 * 1024);
        assertEquals(90 * 1024, budget.availableBytes());
        page.release();
        assertEquals(100 * 1024, budget.availableBytes());
    }

    @Test
    void growingTakesOnlyWhatIsFreeWithoutWaiting() throws Exception {
        MemoryBudget budget = new MemoryBudget(100 * 1024);
        MemoryBudget.Reservation other = budget.reserve(80 * 1024);
        MemoryBudget.Reservation page = budget.reserve(10 * 1024);
        page.resize(50 * 1024);
        assertEquals(10 * 1024, page.bytes());
        other.release();
        page.resize(50 * 1024);
        assertEquals(50 * 1024, page.bytes());
    }

    @Test
    void aBudgetOfTheHeapFollowsTheSystemProperty() {
        System.setProperty("test.memoryBudgetMB", "3");
        try {
            assertEquals(3 * 1024 * 1024, MemoryBudget.ofHeap("test.memoryBudgetMB", 0.25).totalBytes());
        } finally {
            System.clearProperty("test.memoryBudgetMB");
        }
        assertEquals(Runtime.getRuntime().maxMemory() / 4 / 1024 * 1024, MemoryBudget.ofHeap("test.memoryBudgetMB", 0.25).totalBytes());
    }
}
