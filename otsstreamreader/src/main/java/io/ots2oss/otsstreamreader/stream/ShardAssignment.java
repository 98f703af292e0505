package io.ots2oss.otsstreamreader.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits the shards over tasks. Shards of one lineage family (parents, children, merge partners) go to the same
 * task, so children rarely wait on another task; families are spread so tasks get similar shard counts.
 * Unlike upstream's random shuffle, the assignment is deterministic.
 */
public final class ShardAssignment {
    private ShardAssignment() {
    }

    public static List<List<String>> assign(List<ShardInfo> shards, int adviceNumber) {
        int tasks = Math.max(1, Math.min(adviceNumber, shards.size()));
        List<List<String>> families = families(shards);
        Collections.sort(families, new Comparator<List<String>>() {
            @Override
            public int compare(List<String> a, List<String> b) {
                return b.size() != a.size() ? b.size() - a.size() : a.get(0).compareTo(b.get(0));
            }
        });
        List<List<String>> result = new ArrayList<List<String>>();
        for (int i = 0; i < tasks; i++) {
            result.add(new ArrayList<String>());
        }
        for (List<String> family : families) {
            List<String> lightest = result.get(0);
            for (List<String> task : result) {
                if (task.size() < lightest.size()) {
                    lightest = task;
                }
            }
            lightest.addAll(family);
        }
        List<List<String>> nonEmpty = new ArrayList<List<String>>();
        for (List<String> task : result) {
            if (!task.isEmpty()) {
                nonEmpty.add(task);
            }
        }
        return nonEmpty;
    }

    private static List<List<String>> families(List<ShardInfo> shards) {
        Map<String, String> root = new HashMap<String, String>();
        for (ShardInfo shard : shards) {
            root.put(shard.id(), shard.id());
        }
        for (ShardInfo shard : shards) {
            for (String parent : shard.parents()) {
                if (root.containsKey(parent)) {
                    union(root, shard.id(), parent);
                }
            }
        }
        Map<String, List<String>> byRoot = new TreeMap<String, List<String>>();
        for (ShardInfo shard : shards) {
            String r = find(root, shard.id());
            List<String> family = byRoot.get(r);
            if (family == null) {
                family = new ArrayList<String>();
                byRoot.put(r, family);
            }
            family.add(shard.id());
        }
        List<List<String>> families = new ArrayList<List<String>>(byRoot.values());
        for (List<String> family : families) {
            Collections.sort(family);
        }
        return families;
    }

    private static String find(Map<String, String> root, String id) {
        String r = id;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        root.put(id, r);
        return r;
    }

    private static void union(Map<String, String> root, String a, String b) {
        String ra = find(root, a);
        String rb = find(root, b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                root.put(rb, ra);
            } else {
                root.put(ra, rb);
            }
        }
    }
}
