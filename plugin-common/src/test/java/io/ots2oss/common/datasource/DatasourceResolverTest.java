package io.ots2oss.common.datasource;

import com.alibaba.datax.common.util.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasourceResolverTest {

    @TempDir
    Path dir;

    private DatasourceResolver resolver;

    @BeforeEach
    void catalog() throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.write(file, ("{\"ots_prod\":{\"endpoint\":\"http://catalog\",\"accessId\":\"ID\",\"accessKey\":\"KEY\","
                + "\"instanceName\":\"inst\",\"bucket\":\"not-for-reader\"}}").getBytes(StandardCharsets.UTF_8));
        resolver = DatasourceResolver.using(DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()), null));
    }

    @Test
    void unsetFieldsAreFilledFromDatasource() {
        Configuration resolved = resolver.resolve(Configuration.from("{\"datasource\":\"ots_prod\",\"table\":\"t\"}"),
                DatasourceResolver.READER_FIELDS);
        assertEquals("http://catalog", resolved.getString("endpoint"));
        assertEquals("KEY", resolved.getString("accessKey"));
        assertEquals("inst", resolved.getString("instanceName"));
        assertEquals("t", resolved.getString("table"));
    }

    @Test
    void explicitJobKeyWins() {
        Configuration resolved = resolver.resolve(
                Configuration.from("{\"datasource\":\"ots_prod\",\"endpoint\":\"http://job\"}"),
                DatasourceResolver.READER_FIELDS);
        assertEquals("http://job", resolved.getString("endpoint"));
    }

    @Test
    void blankJobKeyCountsAsUnset() {
        Configuration resolved = resolver.resolve(
                Configuration.from("{\"datasource\":\"ots_prod\",\"endpoint\":\" \"}"),
                DatasourceResolver.READER_FIELDS);
        assertEquals("http://catalog", resolved.getString("endpoint"));
    }

    @Test
    void fieldsNotAcceptedAreNotCopied() {
        Configuration resolved = resolver.resolve(Configuration.from("{\"datasource\":\"ots_prod\"}"),
                DatasourceResolver.READER_FIELDS);
        assertNull(resolved.get("bucket"));
    }

    @Test
    void inputIsNotMutated() {
        Configuration job = Configuration.from("{\"datasource\":\"ots_prod\"}");
        Configuration resolved = resolver.resolve(job, DatasourceResolver.READER_FIELDS);
        assertNotSame(job, resolved);
        assertEquals("{\"datasource\":\"ots_prod\"}", job.toJSON());
    }

    @Test
    void jobWithoutDatasourceIsCopiedUnchangedWithoutLookingForACatalog() {
        DatasourceResolver neverLocates = DatasourceResolver.using(null);
        Configuration job = Configuration.from("{\"endpoint\":\"http://job\"}");
        Configuration resolved = neverLocates.resolve(job, DatasourceResolver.READER_FIELDS);
        assertEquals(job.toJSON(), resolved.toJSON());
        assertNotSame(job, resolved);
    }

    @Test
    void unknownDatasourceFails() {
        assertThrows(DatasourceNotFoundException.class, () -> resolver.resolve(
                Configuration.from("{\"datasource\":\"missing\"}"), DatasourceResolver.READER_FIELDS));
    }
}
