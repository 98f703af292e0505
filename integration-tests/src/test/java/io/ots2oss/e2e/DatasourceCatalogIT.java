package io.ots2oss.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static io.ots2oss.e2e.PairFixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same job with datasource names instead of endpoints and keys, resolved from $DATAX_HOME/conf/datasources.json. */
class DatasourceCatalogIT {
    @TempDir
    static Path dir;
    static PairFixture pair;
    static Window window;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 2);
        long base = PairFixture.baseAboutTwoHoursAgo();
        window = new Window(base, base + 10 * MINUTE);
        StreamHistory history = pair.newHistory(9);
        history.writeAt(base + MINUTE, 60);
        history.writeAt(base + 6 * MINUTE, 60);
        history.done();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @AfterEach
    void removeCatalog() throws IOException {
        Files.deleteIfExists(catalogFile());
    }

    @Test
    void jobNamingDatasourcesWritesWhatTheJobWithEndpointsWrites() {
        DatasourceCatalogFile.write(catalogFile(), pair.emulators);
        PairJob direct = pair.job().rowMode(OrdersTable.ROW_MODE_COLUMNS).reader("statusTable", "status_direct");
        PairJob named = pair.job().rowMode(OrdersTable.ROW_MODE_COLUMNS).reader("statusTable", "status_named")
                .viaDatasources(DatasourceCatalogFile.TABLESTORE, DatasourceCatalogFile.OSS);

        pair.runOk(direct, window.params("direct"));
        pair.runOk(named, window.params("named"));

        List<String> expected = pair.bucket.lines(direct.objectPrefix("direct"));
        assertFalse(expected.isEmpty());
        assertEquals(sorted(expected), sorted(pair.bucket.lines(named.objectPrefix("named"))));
    }

    @Test
    void unknownDatasourceFailsNamingItAndWritesNothing() {
        PairJob named = pair.job().reader("statusTable", "status_unknown")
                .viaDatasources("no_such_ots", DatasourceCatalogFile.OSS);

        var result = pair.run(named, window.params("unknown"));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("no_such_ots"), result.failureMessage());
        assertEquals(List.of(), pair.bucket.keys(named.objectPrefix("unknown")));
    }

    private static Path catalogFile() {
        return pair.home.confDir().resolve("datasources.json");
    }
}
