package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.ots2oss.otsstreamreader.decode.StreamReplies.deleteAllVersions;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.deleteOneVersion;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.key;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.put;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.row;

/**
 * Random stream records of a wide table or of a time-series table, reaching for the edges the service can send: every
 * key and value type with their extreme values, non-ASCII and 4-byte UTF-8 text, empty and long values and names,
 * several versions of one column, repeated names, deletes of one and of all versions, origin rows, any sequence info.
 */
final class RandomRecords {
    private static final OtsInternalApi.ActionType[] ACTIONS = OtsInternalApi.ActionType.values();
    private static final String LONG_NAME = "long_column_name_".repeat(15);
    private static final String[] KEY_NAMES = {"pk", "id", "user_id", "分区键", "k😀", "a:b", LONG_NAME};
    private static final String[] CELL_NAMES = {"c0", "c1", "c2", "name", "列", "名前😀", "x:y", "v", LONG_NAME};
    private static final String[] FIELDS = {"temp:DOUBLE", "count:INTEGER", "ok:BOOLEAN", "msg:STRING", "raw:BINARY",
            "温度:DOUBLE", "a:b:INTEGER"};
    private static final String[] TEXT_PIECES = {"a", "Z", " ", ",", "\"", "\n", "é", "ß", "中", "文", "😀", "𝄞", "\u0000",
            "x:y"};

    private final Random random;

    RandomRecords(Random random) {
        this.random = random;
    }

    /** One to eight records of a wide table. */
    OtsInternalApi.GetStreamRecordResponse wideReply() {
        List<OtsInternalApi.GetStreamRecordResponse.StreamRecord> records = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            records.add(wideRecord());
        }
        return StreamReplies.reply(records);
    }

    /** One to eight records of a time-series table, in its stored form (hidden key, typed field names). */
    OtsInternalApi.GetStreamRecordResponse timeseriesReply() {
        List<OtsInternalApi.GetStreamRecordResponse.StreamRecord> records = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            records.add(timeseriesRecord());
        }
        return StreamReplies.reply(records);
    }

    OtsInternalApi.GetStreamRecordResponse.StreamRecord wideRecord() {
        List<PlainBufferCell> keys = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            keys.add(key(pick(KEY_NAMES), keyValue()));
        }
        return record(keys, this::wideValue, CELL_NAMES);
    }

    OtsInternalApi.GetStreamRecordResponse.StreamRecord timeseriesRecord() {
        List<PlainBufferCell> keys = Arrays.asList(
                key("_#h", PrimaryKeyValue.fromString(Long.toHexString(random.nextLong()))),
                key("_m_name", PrimaryKeyValue.fromString(pick("cpu", "内存", "disk io"))),
                key("_data_source", PrimaryKeyValue.fromString(random.nextBoolean() ? "" : "host-" + random.nextInt(100))),
                key("_tags", PrimaryKeyValue.fromString(pick("[]", "[\"region=hz\"]", "[\"host=h1\",\"机房=杭州\"]"))),
                key("_time", PrimaryKeyValue.fromLong(random.nextBoolean() ? 1_700_000_000_000_000L + random.nextInt() : longValue())));
        return record(keys, this::fieldValue, FIELDS);
    }

    /** A record of one of the three actions, as the service writes each, sometimes with its origin row. */
    private OtsInternalApi.GetStreamRecordResponse.StreamRecord record(List<PlainBufferCell> keys, ValueOf values, String[] names) {
        OtsInternalApi.ActionType action = ACTIONS[random.nextInt(ACTIONS.length)];
        PlainBufferRow row;
        switch (action) {
            case PUT_ROW:
                row = row(keys, puts(values, names), false);
                break;
            case UPDATE_ROW:
                row = row(keys, updates(values, names), false);
                break;
            default:
                row = row(keys, new ArrayList<>(), true);
        }
        byte[] record = StreamReplies.withSequence(row, random.nextInt(), sequenceTimestamp(), random.nextInt());
        return StreamReplies.record(action, record, random.nextInt(4) == 0 ? origin(keys, values, names) : null);
    }

    /** The row before the change: its old values, with or without sequence info. */
    private byte[] origin(List<PlainBufferCell> keys, ValueOf values, String[] names) {
        PlainBufferRow row = row(keys, puts(values, names), false);
        return random.nextBoolean() ? StreamReplies.plainBuffer(row)
                : StreamReplies.withSequence(row, random.nextInt(), sequenceTimestamp(), random.nextInt());
    }

    /** Puts of zero to eight columns, some names repeated and some written in several versions at once. */
    private List<PlainBufferCell> puts(ValueOf values, String[] names) {
        List<PlainBufferCell> cells = new ArrayList<>();
        for (int i = random.nextInt(9); i > 0; i--) {
            String name = pick(names);
            int versions = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
            for (int v = 0; v < versions; v++) {
                cells.add(put(name, values.of(name), version()));
            }
        }
        return cells;
    }

    /** One to eight cell changes: puts, deletes of one version and deletes of all versions, in any order. */
    private List<PlainBufferCell> updates(ValueOf values, String[] names) {
        List<PlainBufferCell> cells = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            String name = pick(names);
            switch (random.nextInt(3)) {
                case 0:
                    cells.add(put(name, values.of(name), version()));
                    break;
                case 1:
                    cells.add(deleteOneVersion(name, version()));
                    break;
                default:
                    cells.add(deleteAllVersions(name));
            }
        }
        return cells;
    }

    private PrimaryKeyValue keyValue() {
        switch (random.nextInt(3)) {
            case 0:
                return PrimaryKeyValue.fromString(text());
            case 1:
                return PrimaryKeyValue.fromLong(longValue());
            default:
                return PrimaryKeyValue.fromBinary(bytes());
        }
    }

    private ColumnValue wideValue(String name) {
        switch (random.nextInt(5)) {
            case 0:
                return ColumnValue.fromString(text());
            case 1:
                return ColumnValue.fromLong(longValue());
            case 2:
                return ColumnValue.fromBinary(bytes());
            case 3:
                return ColumnValue.fromDouble(doubleValue());
            default:
                return ColumnValue.fromBoolean(random.nextBoolean());
        }
    }

    /** A value of the type the field's name declares. */
    private ColumnValue fieldValue(String name) {
        String type = name.substring(name.lastIndexOf(':') + 1);
        switch (type) {
            case "DOUBLE":
                return ColumnValue.fromDouble(doubleValue());
            case "INTEGER":
                return ColumnValue.fromLong(longValue());
            case "BOOLEAN":
                return ColumnValue.fromBoolean(random.nextBoolean());
            case "BINARY":
                return ColumnValue.fromBinary(bytes());
            default:
                return ColumnValue.fromString(text());
        }
    }

    private String text() {
        switch (random.nextInt(6)) {
            case 0:
                return "";
            case 1:
                return pick(TEXT_PIECES).repeat(200 + random.nextInt(800));
            default:
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append(pick(TEXT_PIECES));
                }
                return text.toString();
        }
    }

    private long longValue() {
        switch (random.nextInt(7)) {
            case 0:
                return Long.MIN_VALUE;
            case 1:
                return Long.MAX_VALUE;
            case 2:
                return 0;
            case 3:
                return -1 - random.nextInt(1000);
            default:
                return random.nextLong();
        }
    }

    private double doubleValue() {
        switch (random.nextInt(12)) {
            case 0:
                return Double.NaN;
            case 1:
                return -0.0;
            case 2:
                return Double.POSITIVE_INFINITY;
            case 3:
                return Double.NEGATIVE_INFINITY;
            case 4:
                return Double.MIN_VALUE;
            case 5:
                return -Double.MAX_VALUE;
            case 6:
                return Double.longBitsToDouble(random.nextLong());
            default:
                return (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 10);
        }
    }

    private byte[] bytes() {
        int length;
        switch (random.nextInt(5)) {
            case 0:
                length = 0;
                break;
            case 1:
                length = 500 + random.nextInt(3000);
                break;
            default:
                length = 1 + random.nextInt(32);
        }
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A cell version (ms): never negative, as the SDK requires. */
    private long version() {
        switch (random.nextInt(5)) {
            case 0:
                return 0;
            case 1:
                return Long.MAX_VALUE;
            case 2:
                return random.nextLong() & Long.MAX_VALUE;
            default:
                return 1_700_000_000_000L + random.nextInt(1_000_000_000);
        }
    }

    private long sequenceTimestamp() {
        return random.nextInt(4) == 0 ? random.nextLong() : 1_700_000_000_000_000L + (random.nextLong() & 0xffff_ffffL);
    }

    @SafeVarargs
    private final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private interface ValueOf {
        ColumnValue of(String name);
    }
}
