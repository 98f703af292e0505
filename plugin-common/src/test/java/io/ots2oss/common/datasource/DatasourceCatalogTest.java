package io.ots2oss.common.datasource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasourceCatalogTest {

    private static final String CATALOG = "{\"ots_prod\":{\"endpoint\":\"http://ots\",\"accessId\":\"AK_ID\","
            + "\"accessKey\":\"TOP_SECRET_KEY\",\"instanceName\":\"inst\",\"securityToken\":\"STS_TOKEN\"},"
            + "\"oss_prod\":{\"endpoint\":\"http://oss\",\"bucket\":\"b1\"}}";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private Path dataxHomeWith(String content) throws IOException {
        write("home/conf/datasources.json", content);
        return dir.resolve("home");
    }

    @Test
    void envVarFileIsUsed() throws IOException {
        Path file = write("catalog.json", CATALOG);
        DatasourceCatalog catalog = DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()), null);
        assertEquals("inst", catalog.resolve("ots_prod").get("instanceName"));
    }

    @Test
    void dataxHomeConfFileIsUsedWithoutEnvVar() throws IOException {
        Path home = dataxHomeWith(CATALOG);
        assertEquals("b1", DatasourceCatalog.locate(Map.of(), home.toString()).resolve("oss_prod").get("bucket"));
    }

    @Test
    void envVarWinsOverDataxHome() throws IOException {
        Path home = dataxHomeWith("{\"oss_prod\":{\"bucket\":\"from-home\"}}");
        Path file = write("env.json", "{\"oss_prod\":{\"bucket\":\"from-env\"}}");
        DatasourceCatalog catalog = DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()),
                home.toString());
        assertEquals("from-env", catalog.resolve("oss_prod").get("bucket"));
    }

    @Test
    void missingEnvVarFileFallsBackToDataxHome() throws IOException {
        Path home = dataxHomeWith("{\"oss_prod\":{\"bucket\":\"from-home\"}}");
        DatasourceCatalog catalog = DatasourceCatalog.locate(
                Map.of("DATAX_DATASOURCES", dir.resolve("absent.json").toString()), home.toString());
        assertEquals("from-home", catalog.resolve("oss_prod").get("bucket"));
    }

    @Test
    void undefinedFieldReadsNull() throws IOException {
        Path home = dataxHomeWith(CATALOG);
        assertNull(DatasourceCatalog.locate(Map.of(), home.toString()).resolve("oss_prod").get("accessKey"));
    }

    @Test
    void unknownNameFailsNamingDatasourceAndEveryPathTried() throws IOException {
        Path home = dataxHomeWith(CATALOG);
        String envPath = dir.resolve("absent.json").toString();
        DatasourceCatalog catalog = DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", envPath), home.toString());
        DatasourceNotFoundException e = assertThrows(DatasourceNotFoundException.class,
                () -> catalog.resolve("nope"));
        assertTrue(e.getMessage().contains("[nope]"), e.getMessage());
        assertTrue(e.getMessage().contains(envPath), e.getMessage());
        assertTrue(e.getMessage().contains(home.resolve("conf").resolve("datasources.json").toString()),
                e.getMessage());
    }

    @Test
    void noCatalogAnywhereFailsOnResolveNamingPathsTried() {
        String envPath = dir.resolve("absent.json").toString();
        DatasourceCatalog catalog = DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", envPath), null);
        DatasourceNotFoundException e = assertThrows(DatasourceNotFoundException.class,
                () -> catalog.resolve("ots_prod"));
        assertTrue(e.getMessage().contains(envPath), e.getMessage());
    }

    @Test
    void noLocationConfiguredSaysHowToConfigureOne() {
        DatasourceNotFoundException e = assertThrows(DatasourceNotFoundException.class,
                () -> DatasourceCatalog.locate(Map.of(), null).resolve("ots_prod"));
        assertTrue(e.getMessage().contains("DATAX_DATASOURCES"), e.getMessage());
    }

    @Test
    void invalidJsonFailsNamingTheFileWithoutItsContent() throws IOException {
        Path file = write("bad.json", "{\"ots\":{\"accessKey\":\"TOP_SECRET_KEY\"");
        DatasourceCatalogException e = assertThrows(DatasourceCatalogException.class,
                () -> DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()), null));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("TOP_SECRET_KEY"), e.getMessage());
    }

    @Test
    void topLevelArrayIsMalformed() throws IOException {
        Path file = write("array.json", "[]");
        DatasourceCatalogException e = assertThrows(DatasourceCatalogException.class,
                () -> DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()), null));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void nonStringFieldIsMalformedAndNamed() throws IOException {
        Path file = write("num.json", "{\"ots\":{\"endpoint\":42}}");
        DatasourceCatalogException e = assertThrows(DatasourceCatalogException.class,
                () -> DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()), null));
        assertTrue(e.getMessage().contains("[endpoint]") && e.getMessage().contains("[ots]"), e.getMessage());
    }

    @Test
    void datasourceThatIsNotAnObjectIsMalformed() throws IOException {
        Path file = write("str.json", "{\"ots\":\"TOP_SECRET_KEY\"}");
        DatasourceCatalogException e = assertThrows(DatasourceCatalogException.class,
                () -> DatasourceCatalog.locate(Map.of("DATAX_DATASOURCES", file.toString()), null));
        assertFalse(e.getMessage().contains("TOP_SECRET_KEY"), e.getMessage());
    }

    @Test
    void datasourceToStringHidesSecrets() throws IOException {
        Path home = dataxHomeWith(CATALOG);
        String text = DatasourceCatalog.locate(Map.of(), home.toString()).resolve("ots_prod").toString();
        assertFalse(text.contains("TOP_SECRET_KEY") || text.contains("STS_TOKEN"), text);
        assertTrue(text.contains("ots_prod") && text.contains("inst"), text);
    }

    @Test
    void datasourceFieldsCannotBeChanged() throws IOException {
        Path home = dataxHomeWith(CATALOG);
        Datasource ds = DatasourceCatalog.locate(Map.of(), home.toString()).resolve("ots_prod");
        assertThrows(UnsupportedOperationException.class, () -> ds.fieldNames().remove("endpoint"));
    }
}
