package io.ots2oss.e2e;

import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a datasource catalog ({@code $DATAX_HOME/conf/datasources.json}, or the file named by
 * {@code DATAX_DATASOURCES}) with one Tablestore and one OSS entry, so jobs can name them instead of carrying
 * endpoints and keys.
 */
public final class DatasourceCatalogFile {
    public static final String TABLESTORE = "demo_ots";
    public static final String OSS = "demo_oss";

    private DatasourceCatalogFile() {
    }

    public static Path write(Path file, Services services) {
        Map<String, Object> tablestore = new LinkedHashMap<>();
        tablestore.put("endpoint", services.tablestoreEndpoint());
        tablestore.put("accessId", services.accessId());
        tablestore.put("accessKey", services.accessKey());
        tablestore.put("instanceName", services.instanceName());
        Map<String, Object> oss = new LinkedHashMap<>();
        oss.put("endpoint", services.ossEndpoint());
        oss.put("accessId", services.accessId());
        oss.put("accessKey", services.accessKey());
        JSONObject catalog = new JSONObject();
        catalog.put(TABLESTORE, tablestore);
        catalog.put(OSS, oss);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, catalog.toJSONString(JSONWriter.Feature.PrettyFormat), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the datasource catalog " + file, e);
        }
    }
}
