package io.ots2oss.otsstreamreader.status;

import com.alibaba.fastjson2.JSON;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The shard list of a job description as upstream stores it: a JSON array of strings, UTF-8, zlib-deflated,
 * cut into binary cells of at most 64 KiB named ShardIds_0, ShardIds_1, ...
 */
public final class ShardIdListCodec {
    private ShardIdListCodec() {
    }

    public static List<byte[]> encode(List<String> shardIds) {
        byte[] compressed = deflate(JSON.toJSONString(shardIds).getBytes(StandardCharsets.UTF_8));
        List<byte[]> cells = new ArrayList<byte[]>();
        for (int from = 0; from < compressed.length; from += StatusSchema.SHARD_IDS_CELL_SIZE) {
            int to = Math.min(compressed.length, from + StatusSchema.SHARD_IDS_CELL_SIZE);
            cells.add(Arrays.copyOfRange(compressed, from, to));
        }
        return cells;
    }

    public static List<String> decode(List<byte[]> cells) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] cell : cells) {
            joined.write(cell, 0, cell.length);
        }
        String json = new String(inflate(joined.toByteArray()), StandardCharsets.UTF_8);
        return JSON.parseArray(json, String.class);
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 2));
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] input) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length * 4 + 64);
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated shard id list in the job description");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt shard id list in the job description: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
