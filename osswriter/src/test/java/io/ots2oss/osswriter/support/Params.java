package io.ots2oss.osswriter.support;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import com.alibaba.fastjson2.JSON;

import io.ots2oss.common.config.ConfigError;

import io.ots2oss.osswriter.config.DatasourceLookup;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.config.WriterConfigParser;

/** Builds writer parameters for tests: a valid minimal set plus overrides. */
public final class Params {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Params() {
        values.put("endpoint", "http://127.0.0.1:1");
        values.put("accessId", "test-id");
        values.put("accessKey", "test-secret-do-not-print");
        values.put("bucket", "bkt");
        values.put("object", "out/data");
        values.put("writeMode", "append");
    }

    public static Params minimal() {
        return new Params();
    }

    /** {@code fileFormat orc} with the given {@code column} JSON. */
    public static Params orc(String columns) {
        return minimal().with("fileFormat", "orc").withJson("column", columns);
    }

    /** {@code fileFormat parquet} with the given {@code column} JSON. */
    public static Params parquet(String columns) {
        return minimal().with("fileFormat", "parquet").withJson("column", columns);
    }

    /** The {@code column} JSON of one column {@code c} of the given type. */
    public static String column(String type) {
        return "[{\"name\":\"c\",\"type\":\"" + type + "\"}]";
    }

    /** The error that refuses these parameters (the test fails when they parse). */
    public static ConfigError rejected(Params params) {
        return assertThrows(ConfigError.class, params::parse);
    }

    public Params with(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public Params withJson(String key, String json) {
        values.put(key, JSON.parse(json));
        return this;
    }

    public Params without(String key) {
        values.remove(key);
        return this;
    }

    public Map<String, Object> map() {
        return values;
    }

    public WriterConfig parse() {
        return new WriterConfigParser(DatasourceLookup.NONE).parse(values);
    }

    public WriterConfig parse(DatasourceLookup lookup) {
        return new WriterConfigParser(lookup).parse(values);
    }
}
