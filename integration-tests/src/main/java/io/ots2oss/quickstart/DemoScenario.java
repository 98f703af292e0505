package io.ots2oss.quickstart;

import io.ots2oss.e2e.ChangeBatch;
import io.ots2oss.e2e.Emulators;
import io.ots2oss.e2e.OrdersTable;
import io.ots2oss.e2e.StreamHistory;
import io.ots2oss.e2e.Window;

import java.util.List;

/**
 * The quick start's story: an order book with a stream over 4 shards, and two ten-minute windows of changes that
 * happened about an hour ago (the reader only exports windows that ended at least five minutes ago).
 */
final class DemoScenario {
    static final String TABLE = "orders";
    static final String BUCKET = "datax-demo";
    static final int SHARDS = 4;
    private static final long MINUTE = 60_000L;
    private static final long WINDOW = 10 * MINUTE;

    private final Window first;
    private final Window second;

    private DemoScenario(long baseMillis) {
        this.first = new Window(baseMillis, baseMillis + WINDOW);
        this.second = first.next(WINDOW);
    }

    /** Windows aligned to ten minutes, starting about an hour before now. */
    static DemoScenario anHourAgo() {
        long base = (System.currentTimeMillis() - 60 * MINUTE) / WINDOW * WINDOW;
        return new DemoScenario(base);
    }

    List<Window> windows() {
        return List.of(first, second);
    }

    /** Creates the table and writes puts, updates and deletes at six moments across both windows. */
    StreamHistory seed(Emulators emulators) {
        OrdersTable.create(emulators.tablestoreClient(), TABLE);
        StreamHistory history = new StreamHistory(emulators.tablestore().clock(), emulators.tablestoreClient(), TABLE, 42);
        int[] minutes = {1, 4, 7, 11, 15, 19};
        int[] counts = {40, 30, 20, 30, 30, 20};
        for (int i = 0; i < minutes.length; i++) {
            history.writeAt(first.startMillis() + minutes[i] * MINUTE, counts[i]);
        }
        history.done();
        return history;
    }

    static String describe(StreamHistory history) {
        long puts = 0;
        long updates = 0;
        long deletes = 0;
        for (StreamHistory.Entry entry : history.entries()) {
            ChangeBatch batch = entry.batch();
            puts += batch.puts();
            updates += batch.updates();
            deletes += batch.deletes();
        }
        return (puts + updates + deletes) + " changes (" + puts + " puts, " + updates + " updates, " + deletes
                + " deletes) at " + history.entries().size() + " moments";
    }
}
