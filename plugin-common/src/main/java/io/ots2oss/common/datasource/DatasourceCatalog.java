package io.ots2oss.common.datasource;

import com.alibaba.fastjson2.JSON;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named connections ({@code datasource} in DataWorks job scripts) read from a local JSON file:
 * <pre>{ "my_ots": { "endpoint": "...", "accessId": "...", "accessKey": "...", "instanceName": "..." } }</pre>
 * Located from the environment variable {@value #ENV_VAR} (a file path), then
 * {@code ${datax.home}/conf/datasources.json}; the first existing file is used.
 */
public final class DatasourceCatalog {

    public static final String ENV_VAR = "DATAX_DATASOURCES";
    public static final String DATAX_HOME_PROPERTY = "datax.home";
    static final String RELATIVE_PATH = "conf" + File.separator + "datasources.json";

    private final List<String> triedPaths;
    private final Map<String, Datasource> datasources;

    private DatasourceCatalog(List<String> triedPaths, Map<String, Datasource> datasources) {
        this.triedPaths = Collections.unmodifiableList(triedPaths);
        this.datasources = Collections.unmodifiableMap(datasources);
    }

    /** Locates the catalog from this process's environment and the {@code datax.home} system property. */
    public static DatasourceCatalog locate() {
        return locate(System.getenv(), System.getProperty(DATAX_HOME_PROPERTY));
    }

    /**
     * Locates the catalog from the given environment and DataX home (either may lack a location).
     * No file at all gives an empty catalog: that is only an error once a job names a datasource.
     *
     * @throws DatasourceCatalogException when the file found is unreadable or malformed
     */
    public static DatasourceCatalog locate(Map<String, String> env, String dataxHome) {
        List<String> tried = new ArrayList<String>();
        for (File candidate : candidates(env, dataxHome)) {
            tried.add(candidate.getPath());
            if (candidate.isFile()) {
                return new DatasourceCatalog(tried, CatalogFile.read(candidate));
            }
        }
        return new DatasourceCatalog(tried, Collections.<String, Datasource>emptyMap());
    }

    private static List<File> candidates(Map<String, String> env, String dataxHome) {
        List<File> candidates = new ArrayList<File>();
        String fromEnv = env == null ? null : env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.trim().isEmpty()) {
            candidates.add(new File(fromEnv.trim()));
        }
        if (dataxHome != null && !dataxHome.trim().isEmpty()) {
            candidates.add(new File(dataxHome.trim(), RELATIVE_PATH));
        }
        return candidates;
    }

    /** @throws DatasourceNotFoundException naming {@code name} and every path tried */
    public Datasource resolve(String name) {
        Datasource datasource = name == null ? null : datasources.get(name);
        if (datasource == null) {
            throw new DatasourceNotFoundException(name, triedPaths);
        }
        return datasource;
    }

    /** The paths looked at, in order; the last one is the file read when the catalog is not empty. */
    public List<String> triedPaths() {
        return triedPaths;
    }

    @Override
    public String toString() {
        return "DatasourceCatalog{names=" + datasources.keySet() + ", tried=" + triedPaths + "}";
    }

    /** Parsing and shape checks of one catalog file. Messages name the file and never include values. */
    private static final class CatalogFile {

        static Map<String, Datasource> read(File file) {
            Object root = parse(file);
            if (!(root instanceof Map)) {
                throw malformed(file, "the top level must be a JSON object mapping names to datasources");
            }
            Map<String, Datasource> result = new LinkedHashMap<String, Datasource>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) root).entrySet()) {
                String name = String.valueOf(entry.getKey());
                result.put(name, new Datasource(name, fields(file, name, entry.getValue())));
            }
            return result;
        }

        private static Object parse(File file) {
            String text;
            try {
                text = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DatasourceCatalogException(String.format(
                        "Datasource catalog [%s] cannot be read: %s", file.getPath(), e));
            }
            try {
                return JSON.parse(text);
            } catch (RuntimeException e) {
                // The parser's message may quote the file's text, which may hold secrets: keep only the kind.
                throw malformed(file, "it is not valid JSON (" + e.getClass().getSimpleName() + ")");
            }
        }

        private static Map<String, String> fields(File file, String name, Object value) {
            if (!(value instanceof Map)) {
                throw malformed(file, String.format("datasource [%s] must be a JSON object of string fields", name));
            }
            Map<String, String> fields = new LinkedHashMap<String, String>();
            for (Map.Entry<?, ?> field : ((Map<?, ?>) value).entrySet()) {
                Object fieldValue = field.getValue();
                if (fieldValue == null) {
                    continue;
                }
                if (!(fieldValue instanceof String)) {
                    throw malformed(file, String.format("field [%s] of datasource [%s] must be a string",
                            field.getKey(), name));
                }
                fields.put(String.valueOf(field.getKey()), (String) fieldValue);
            }
            return fields;
        }

        private static DatasourceCatalogException malformed(File file, String problem) {
            return new DatasourceCatalogException(
                    String.format("Datasource catalog [%s] is malformed: %s.", file.getPath(), problem));
        }
    }
}
