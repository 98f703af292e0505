package io.ots2oss.common.datasource;

import io.ots2oss.common.secret.Secret;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A named connection from the catalog: string fields such as endpoint, accessId, accessKey, bucket. */
public final class Datasource {

    /** Fields whose values never appear in {@link #toString()}. */
    public static final List<String> SECRET_FIELDS = Collections.unmodifiableList(
            Arrays.asList("accessKey", "securityToken"));

    private final String name;
    private final Map<String, String> fields;

    public Datasource(String name, Map<String, String> fields) {
        if (name == null) {
            throw new IllegalArgumentException("A datasource needs a name");
        }
        this.name = name;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fields));
    }

    public String getName() {
        return name;
    }

    /** The field's value, or null when the datasource does not define it. */
    public String get(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.get(field) != null;
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /** Names and non-secret values; secret fields show only that they are present. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Datasource{name=").append(name);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            boolean secret = SECRET_FIELDS.contains(field.getKey());
            sb.append(", ").append(field.getKey()).append('=').append(secret ? Secret.MASK : field.getValue());
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Datasource)) {
            return false;
        }
        Datasource that = (Datasource) other;
        return name.equals(that.name) && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + fields.hashCode();
    }
}
