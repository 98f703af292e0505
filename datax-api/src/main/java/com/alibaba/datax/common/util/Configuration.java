package com.alibaba.datax.common.util;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.spi.ErrorCode;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON tree addressed by paths like {@code a.b[0].c}.
 *
 * <p>Reads never fail on a missing key or on a path that runs through a value of another shape: they return
 * null (or the given default). Typed getters fail with a {@link DataXException} (CONFIG_ERROR) naming the path
 * and the offending value when the value exists but cannot be read as the requested type.
 */
public class Configuration {

    private Set<String> secretKeyPathSet = new HashSet<String>();

    private Object root;

    private Configuration(Object root) {
        this.root = root;
    }

    public static Configuration newDefault() {
        return new Configuration(new LinkedHashMap<String, Object>());
    }

    /** Parses JSON text; {@code ${name}} placeholders are replaced from system properties first. */
    public static Configuration from(String json) {
        if (json == null || json.trim().isEmpty()) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    "The configuration is not valid JSON: it is empty.");
        }
        return new Configuration(parseJson(StrUtil.replaceVariable(json)));
    }

    public static Configuration from(File file) {
        try {
            return from(new FileInputStream(file));
        } catch (FileNotFoundException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    String.format("The configuration file [%s] does not exist.", file.getAbsolutePath()));
        }
    }

    public static Configuration from(InputStream is) {
        try {
            return from(readUtf8(is));
        } catch (IOException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    "The configuration could not be read: " + e.getMessage());
        }
    }

    public static Configuration from(Map<String, Object> object) {
        return from(JSON.toJSONString(object));
    }

    public static Configuration from(List<Object> object) {
        return from(JSON.toJSONString(object));
    }

    private static Object parseJson(String json) {
        Object parsed;
        try {
            parsed = JSON.parse(json);
        } catch (RuntimeException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    "The configuration is not valid JSON: " + withoutInput(e.getMessage()));
        }
        if (parsed == null) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    "The configuration is not valid JSON: it holds no value.");
        }
        return parsed;
    }

    /** fastjson2 appends the whole input to its messages; a job's JSON holds secrets, so keep only the position. */
    private static String withoutInput(String parserMessage) {
        if (parserMessage == null) {
            return "unparseable input";
        }
        int cut = parserMessage.indexOf(", fastjson-version");
        return cut < 0 ? "unparseable input" : parserMessage.substring(0, cut);
    }

    private static String readUtf8(InputStream is) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = is.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        } finally {
            is.close();
        }
    }

    // ---------------------------------------------------------------- required values

    /** The value as a string; blank or missing fails with {@code errorCode}. */
    public String getNecessaryValue(String key, ErrorCode errorCode) {
        String value = this.getString(key, null);
        if (value == null || value.trim().isEmpty()) {
            throw DataXException.asDataXException(errorCode,
                    String.format("The required parameter [%s] is missing or blank.", key));
        }
        return value;
    }

    /** The value as a string, or {@code defaultValue} when missing or blank. */
    public String getUnnecessaryValue(String key, String defaultValue, ErrorCode errorCode) {
        String value = this.getString(key, defaultValue);
        return value == null || value.trim().isEmpty() ? defaultValue : value;
    }

    public Boolean getNecessaryBool(String key, ErrorCode errorCode) {
        Boolean value = this.getBool(key);
        if (value == null) {
            throw DataXException.asDataXException(errorCode,
                    String.format("The required parameter [%s] is missing.", key));
        }
        return value;
    }

    // ---------------------------------------------------------------- reads

    /** The raw JSON value at {@code path} (Map, List, String, Number, Boolean), or null when absent. */
    public Object get(String path) {
        return ConfigTree.find(root, ConfigPath.parse(path));
    }

    /** A deep copy of the subtree at {@code path}, or null when absent. */
    public Configuration getConfiguration(String path) {
        Object value = get(path);
        return value == null ? null : new Configuration(ConfigTree.deepCopy(value));
    }

    public String getString(String path) {
        Object value = get(path);
        return value == null ? null : String.valueOf(value);
    }

    public String getString(String path, String defaultValue) {
        String value = getString(path);
        return value == null ? defaultValue : value;
    }

    public Character getChar(String path) {
        String value = getString(path);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            throw wrongType(path, value, "a single character");
        }
        return value.charAt(0);
    }

    public Character getChar(String path, char defaultValue) {
        Character value = getChar(path);
        return value == null ? Character.valueOf(defaultValue) : value;
    }

    /** Accepts {@code true}/{@code false} in any case; anything else fails. */
    public Boolean getBool(String path) {
        String value = getString(path);
        if (value == null) {
            return null;
        }
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
        }
        throw wrongType(path, value, "a boolean (true or false)");
    }

    public Boolean getBool(String path, boolean defaultValue) {
        Boolean value = getBool(path);
        return value == null ? Boolean.valueOf(defaultValue) : value;
    }

    public Integer getInt(String path) {
        String value = getString(path);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw wrongType(path, value, "an integer");
        }
    }

    public Integer getInt(String path, int defaultValue) {
        Integer value = getInt(path);
        return value == null ? Integer.valueOf(defaultValue) : value;
    }

    /** A blank value reads as absent, as in DataX. */
    public Long getLong(String path) {
        String value = getString(path);
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw wrongType(path, value, "a long integer");
        }
    }

    public Long getLong(String path, long defaultValue) {
        Long value = getLong(path);
        return value == null ? Long.valueOf(defaultValue) : value;
    }

    /** A blank value reads as absent, as in DataX. */
    public Double getDouble(String path) {
        String value = getString(path);
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw wrongType(path, value, "a floating point number");
        }
    }

    public Double getDouble(String path, double defaultValue) {
        Double value = getDouble(path);
        return value == null ? Double.valueOf(defaultValue) : value;
    }

    @SuppressWarnings("unchecked")
    public List<Object> getList(String path) {
        return get(path, List.class);
    }

    /** The list at {@code path} re-read through JSON as elements of {@code t}. */
    public <T> List<T> getListWithJson(String path, Class<T> t) {
        List<?> list = get(path, List.class);
        return list == null ? null : JSON.parseArray(JSON.toJSONString(list), t);
    }

    /** A copy of the list at {@code path}; every element must be a {@code t} (or null). */
    public <T> List<T> getList(String path, Class<T> t) {
        List<?> list = get(path, List.class);
        if (list == null) {
            return null;
        }
        List<T> result = new ArrayList<T>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (element != null && !t.isInstance(element)) {
                throw wrongType(path + "[" + i + "]", element, "a " + t.getSimpleName());
            }
            result.add(t.cast(element));
        }
        return result;
    }

    public List<Object> getList(String path, List<Object> defaultList) {
        List<Object> list = getList(path);
        return list == null ? defaultList : list;
    }

    public <T> List<T> getList(String path, List<T> defaultList, Class<T> t) {
        List<T> list = getList(path, t);
        return list == null ? defaultList : list;
    }

    /** Each element of the list at {@code path} as its own (deep-copied) Configuration. */
    public List<Configuration> getListConfiguration(String path) {
        List<?> list = get(path, List.class);
        if (list == null) {
            return null;
        }
        List<Configuration> result = new ArrayList<Configuration>(list.size());
        for (Object element : list) {
            result.add(element == null ? null : new Configuration(ConfigTree.deepCopy(element)));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getMap(String path) {
        return get(path, Map.class);
    }

    /** A copy of the map at {@code path}; every value must be a {@code t} (or null). */
    public <T> Map<String, T> getMap(String path, Class<T> t) {
        Map<?, ?> map = get(path, Map.class);
        if (map == null) {
            return null;
        }
        Map<String, T> result = new HashMap<String, T>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = entry.getValue();
            if (value != null && !t.isInstance(value)) {
                throw wrongType(path + "." + entry.getKey(), value, "a " + t.getSimpleName());
            }
            result.put(String.valueOf(entry.getKey()), t.cast(value));
        }
        return result;
    }

    public Map<String, Object> getMap(String path, Map<String, Object> defaultMap) {
        Map<String, Object> map = getMap(path);
        return map == null ? defaultMap : map;
    }

    public <T> Map<String, T> getMap(String path, Map<String, T> defaultMap, Class<T> t) {
        Map<String, T> map = getMap(path, t);
        return map == null ? defaultMap : map;
    }

    public Map<String, Configuration> getMapConfiguration(String path) {
        Map<?, ?> map = get(path, Map.class);
        if (map == null) {
            return null;
        }
        Map<String, Configuration> result = new HashMap<String, Configuration>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = entry.getValue();
            result.put(String.valueOf(entry.getKey()),
                    value == null ? null : new Configuration(ConfigTree.deepCopy(value)));
        }
        return result;
    }

    /** The value at {@code path} if it is a {@code clazz}; null when absent; CONFIG_ERROR when of another type. */
    public <T> T get(String path, Class<T> clazz) {
        Object value = get(path);
        if (value == null) {
            return null;
        }
        if (!clazz.isInstance(value)) {
            throw wrongType(path, value, "a " + clazz.getSimpleName());
        }
        return clazz.cast(value);
    }

    private static DataXException wrongType(String path, Object value, String expected) {
        String shown = value instanceof Map || value instanceof List
                ? value.getClass().getSimpleName().replace("JSONObject", "JSON object")
                .replace("JSONArray", "JSON array")
                : String.valueOf(value);
        return DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                String.format("The configuration value at [%s] is [%s], but it should be %s.", path, shown, expected));
    }

    // ---------------------------------------------------------------- output

    public String beautify() {
        return JSON.toJSONString(root, JSONWriter.Feature.PrettyFormat);
    }

    @Override
    public String toString() {
        return toJSON();
    }

    public String toJSON() {
        return JSON.toJSONString(root);
    }

    // ---------------------------------------------------------------- writes

    /**
     * Stores {@code object} (JSON-shaped: Map, List, scalar, or a Configuration whose tree is copied) at
     * {@code path}, creating maps and lists on the way and replacing values of another shape.
     *
     * @return the value previously at {@code path}, or null
     */
    public Object set(String path, Object object) {
        List<ConfigPath.Step> steps = ConfigPath.parse(path);
        Object previous = ConfigTree.find(root, steps);
        Object newRoot = ConfigTree.put(root, steps, 0, ConfigTree.unwrap(object));
        if (!(newRoot instanceof Map) && !(newRoot instanceof List)) {
            throw DataXException.asDataXException(CommonErrorCode.RUNTIME_ERROR,
                    String.format("The configuration root must be a JSON object or array; path [%s] cannot hold [%s].",
                            path, object));
        }
        this.root = newRoot;
        return previous;
    }

    /** Every leaf path, e.g. {@code a.b[0]}, {@code x}. */
    public Set<String> getKeys() {
        Set<String> keys = new HashSet<String>();
        ConfigTree.collectLeafPaths(root, "", keys);
        return keys;
    }

    /**
     * Clears the value at {@code path} (it becomes null, which reads as absent).
     *
     * @throws DataXException RUNTIME_ERROR when there is no value at {@code path}
     */
    public Object remove(String path) {
        Object previous = get(path);
        if (previous == null) {
            throw DataXException.asDataXException(CommonErrorCode.RUNTIME_ERROR,
                    String.format("Cannot remove [%s]: the configuration has no value there.", path));
        }
        set(path, null);
        return previous;
    }

    /**
     * Copies every leaf of {@code another} into this configuration; on a conflict {@code another} wins only when
     * {@code updateWhenConflict} is true.
     *
     * @return this configuration
     */
    public Configuration merge(Configuration another, boolean updateWhenConflict) {
        for (String key : another.getKeys()) {
            if (updateWhenConflict || this.get(key) == null) {
                this.set(key, ConfigTree.deepCopy(another.get(key)));
            }
        }
        return this;
    }

    /** A deep copy, including the secret key paths. */
    @Override
    public Configuration clone() {
        Configuration copy = new Configuration(ConfigTree.deepCopy(root));
        copy.addSecretKeyPath(this.secretKeyPathSet);
        return copy;
    }

    // ---------------------------------------------------------------- secret paths

    public void addSecretKeyPath(String path) {
        if (path != null && !path.trim().isEmpty()) {
            this.secretKeyPathSet.add(path);
        }
    }

    public void addSecretKeyPath(Set<String> pathSet) {
        if (pathSet != null) {
            this.secretKeyPathSet.addAll(pathSet);
        }
    }

    public void setSecretKeyPathSet(Set<String> keyPathSet) {
        if (keyPathSet != null) {
            this.secretKeyPathSet = keyPathSet;
        }
    }

    public boolean isSecretPath(String path) {
        return this.secretKeyPathSet.contains(path);
    }

    public Object getInternal() {
        return this.root;
    }

    public Set<String> getSecretKeyPathSet() {
        return secretKeyPathSet;
    }
}
