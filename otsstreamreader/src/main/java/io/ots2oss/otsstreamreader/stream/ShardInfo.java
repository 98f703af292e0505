package io.ots2oss.otsstreamreader.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One shard of the stream and its parents (a split child has a parent; a merged child has two). */
public final class ShardInfo {
    private final String id;
    private final String parentId;
    private final String parentSiblingId;

    public ShardInfo(String id, String parentId, String parentSiblingId) {
        this.id = id;
        this.parentId = parentId;
        this.parentSiblingId = parentSiblingId;
    }

    public String id() {
        return id;
    }

    /** Null for a shard without parent. */
    public String parentId() {
        return parentId;
    }

    /** Null unless the shard was born from a merge. */
    public String parentSiblingId() {
        return parentSiblingId;
    }

    public List<String> parents() {
        List<String> parents = new ArrayList<String>(2);
        if (parentId != null) {
            parents.add(parentId);
        }
        if (parentSiblingId != null) {
            parents.add(parentSiblingId);
        }
        return parents;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        if (parentId != null) {
            map.put("parent", parentId);
        }
        if (parentSiblingId != null) {
            map.put("parentSibling", parentSiblingId);
        }
        return map;
    }

    static ShardInfo fromMap(Map<?, ?> map) {
        return new ShardInfo((String) map.get("id"), (String) map.get("parent"), (String) map.get("parentSibling"));
    }

    @Override
    public String toString() {
        return id + (parents().isEmpty() ? "" : "<-" + parents());
    }
}
