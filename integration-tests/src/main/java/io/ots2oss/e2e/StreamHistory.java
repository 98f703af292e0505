package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes change batches into a table's stream at chosen moments of the past, by moving the Tablestore emulator's
 * clock, and remembers how many changes each moment received so windows can be checked against them.
 */
public final class StreamHistory {
    /** One batch and the emulator time it was written at. */
    public record Entry(long atMillis, ChangeBatch batch) {
    }

    private final EmulatorClock clock;
    private final ChangeWriter writer;
    private final ChangeSource changes;
    private final List<Entry> entries = new ArrayList<>();

    public StreamHistory(EmulatorClock clock, SyncClient client, String table, long seed) {
        this(clock, client, new OrderChanges(table, seed));
    }

    public StreamHistory(EmulatorClock clock, SyncClient client, ChangeSource changes) {
        this.clock = clock;
        this.writer = new ChangeWriter(client);
        this.changes = changes;
    }

    /** Writes {@code count} changes with the emulator's clock frozen at {@code atMillis}. */
    public ChangeBatch writeAt(long atMillis, int count) {
        clock.freezeAt(atMillis);
        ChangeBatch batch = changes.next(count, atMillis);
        writer.write(batch);
        entries.add(new Entry(atMillis, batch));
        return batch;
    }

    /** Runs {@code action} (a split, a merge) with the clock frozen at {@code atMillis}. */
    public void at(long atMillis, Runnable action) {
        clock.freezeAt(atMillis);
        action.run();
    }

    /** Lets the emulator's clock run on real time again, as the reader expects once its window is in the past. */
    public void done() {
        clock.useRealTime();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Changes written inside the window. */
    public long changesIn(Window window) {
        return inWindow(window).stream().mapToLong(ChangeBatch::size).sum();
    }

    /** The multi-version rows the window must produce. */
    public long multiVersionRowsIn(Window window) {
        return inWindow(window).stream().mapToLong(ChangeBatch::multiVersionRows).sum();
    }

    /** Row-mode records the window must produce: one per put and update; deletes are not exported in row mode. */
    public long rowModeRecordsIn(Window window) {
        return inWindow(window).stream().mapToLong(batch -> batch.puts() + batch.updates()).sum();
    }

    private List<ChangeBatch> inWindow(Window window) {
        return entries.stream()
                .filter(e -> e.atMillis() >= window.startMillis() && e.atMillis() < window.endMillis())
                .map(Entry::batch)
                .toList();
    }
}
