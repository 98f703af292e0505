package io.ots2oss.otsstreamreader.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** One emulator and one DataX home per test class; each test uses its own tables. */
abstract class ReaderITBase {
    /** Two hours ago, on a whole second: windows there are already closed for the reader's wall-clock checks. */
    static final long T = (System.currentTimeMillis() - 2 * 3_600_000L) / 1000 * 1000;
    static final long MIN = 60_000L;

    static StreamFixture fixture;
    static ReaderJob jobs;
    private static final AtomicInteger TABLES = new AtomicInteger();

    @TempDir
    static Path work;

    @BeforeAll
    static void startEmulator() {
        System.setProperty("otsstreamreader.retry.basePauseMillis", "5");
        fixture = new StreamFixture();
        jobs = new ReaderJob(work);
    }

    @AfterAll
    static void stopEmulator() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static String newTable(int shards) {
        String name = "t" + TABLES.incrementAndGet();
        fixture.createTable(name, shards);
        return name;
    }
}
