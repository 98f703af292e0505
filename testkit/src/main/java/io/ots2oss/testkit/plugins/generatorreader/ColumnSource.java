package io.ots2oss.testkit.plugins.generatorreader;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;
import com.alibaba.fastjson2.JSONObject;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.SplittableRandom;

/** Makes one column of a record: a constant, a sequence or a random value of a DataX column type. */
abstract class ColumnSource {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    enum Type { LONG, DOUBLE, STRING, BOOL, BYTES, DATE }

    /** @param sequence the record's sequence number (start + slice * count + index) */
    abstract Column make(long sequence, SplittableRandom random);

    static ColumnSource constant(JSONObject spec, String where) {
        Type type = type(spec, where);
        Object value = spec.get("value");
        Column prototype = parse(type, value, where);
        return new ColumnSource() {
            @Override
            Column make(long sequence, SplittableRandom random) {
                return parse(type, value, where);
            }

            @Override
            public String toString() {
                return prototype.toString();
            }
        };
    }

    static ColumnSource generated(JSONObject spec, String where) {
        String generator = spec.getString("generator");
        if (generator == null || generator.equals("constant")) {
            return constant(spec, where);
        }
        Type type = type(spec, where);
        int length = spec.getIntValue("length", 16);
        long start = spec.getLongValue("start", 0);
        switch (generator) {
            case "sequence":
                return sequence(type, start, where);
            case "random":
                return random(type, length);
            default:
                throw GeneratorSpec.bad(where + ".generator", generator, "sequence, random or constant");
        }
    }

    private static ColumnSource sequence(Type type, long start, String where) {
        return new ColumnSource() {
            @Override
            Column make(long sequence, SplittableRandom random) {
                long value = start + sequence;
                switch (type) {
                    case LONG: return new LongColumn(value);
                    case DOUBLE: return new DoubleColumn((double) value);
                    case STRING: return new StringColumn(Long.toString(value));
                    case DATE: return new DateColumn(value);
                    case BOOL: return new BoolColumn(value % 2 == 0);
                    default: return new BytesColumn(Long.toString(value).getBytes());
                }
            }
        };
    }

    private static ColumnSource random(Type type, int length) {
        return new ColumnSource() {
            @Override
            Column make(long sequence, SplittableRandom random) {
                switch (type) {
                    case LONG: return new LongColumn(random.nextLong());
                    case DOUBLE: return new DoubleColumn(random.nextDouble());
                    case STRING: return new StringColumn(randomText(random, length));
                    case DATE: return new DateColumn(random.nextLong(0, 4102444800000L));
                    case BOOL: return new BoolColumn(random.nextBoolean());
                    default:
                        byte[] bytes = new byte[length];
                        random.nextBytes(bytes);
                        return new BytesColumn(bytes);
                }
            }
        };
    }

    private static String randomText(SplittableRandom random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }

    private static Type type(JSONObject spec, String where) {
        String type = spec == null ? null : spec.getString("type");
        try {
            return Type.valueOf(String.valueOf(type).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GeneratorSpec.bad(where + ".type", type, "one of LONG, DOUBLE, STRING, BOOL, BYTES, DATE");
        }
    }

    /** A column from a JSON value; null gives a column of that type with null raw data. */
    static Column parse(Type type, Object value, String where) {
        String text = value == null ? null : value.toString();
        try {
            switch (type) {
                case LONG: return text == null ? new LongColumn((Long) null) : new LongColumn(text);
                case DOUBLE: return text == null ? new DoubleColumn((Double) null) : new DoubleColumn(text);
                case STRING: return new StringColumn(text);
                case BOOL: return new BoolColumn(text == null ? null : parseBoolean(text));
                case BYTES: return new BytesColumn(text == null ? null : Base64.getDecoder().decode(text));
                default: return text == null ? new DateColumn((Long) null) : new DateColumn(parseDate(value));
            }
        } catch (RuntimeException e) {
            throw GeneratorSpec.bad(where + ".value", value, "a valid " + type + " value (" + e.getMessage() + ")");
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("true or false");
    }

    private static Date parseDate(Object value) {
        if (value instanceof Number number) {
            return new Date(number.longValue());
        }
        String text = value.toString();
        if (text.matches("-?\\d+")) {
            return new Date(Long.parseLong(text));
        }
        try {
            return Date.from(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("epoch milliseconds or an ISO-8601 instant such as 2024-01-01T00:00:00Z");
        }
    }
}
