package io.ots2oss.otsstreamreader.stream;

import com.alibaba.fastjson2.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compact JSON form of the shard list carried in task configurations. */
public final class ShardListCodec {
    private ShardListCodec() {
    }

    public static String encode(List<ShardInfo> shards) {
        List<Map<String, Object>> maps = new ArrayList<Map<String, Object>>();
        for (ShardInfo shard : shards) {
            maps.add(shard.toMap());
        }
        return JSON.toJSONString(maps);
    }

    public static List<ShardInfo> decode(String json) {
        List<ShardInfo> shards = new ArrayList<ShardInfo>();
        for (Object item : JSON.parseArray(json)) {
            shards.add(ShardInfo.fromMap((Map<?, ?>) item));
        }
        return shards;
    }
}
