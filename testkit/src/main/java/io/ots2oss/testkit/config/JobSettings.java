package io.ots2oss.testkit.config;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.testkit.engine.FrameworkErrorCode;

/**
 * Everything the container needs from the merged configuration ({@code job.setting.*} and {@code core.*}), read and
 * validated once.
 */
public record JobSettings(
        Speed speed,
        ChannelSettings channel,
        ErrorLimit errorLimit,
        int channelsPerTaskGroup,
        long jobSleepIntervalMillis,
        int failOverMaxRetryTimes,
        long failOverRetryIntervalMillis,
        int maxDirtyNumber) {

    /** {@code job.setting.speed.*}: what the user asked for. */
    public record Speed(long jobBytesPerSecond, long jobRecordsPerSecond, int jobChannels) {
    }

    /** {@code core.transport.*}: the per-channel capacity and throttle. */
    public record ChannelSettings(int capacity, long byteCapacity, int bufferSize,
                                  long bytesPerSecond, long recordsPerSecond, long flowControlIntervalMillis) {
    }

    /** {@code job.setting.errorLimit}: {@code record} wins over {@code percentage}; both null = no check. */
    public record ErrorLimit(Long record, Double percentage) {
        public static final ErrorLimit NONE = new ErrorLimit(null, null);
    }

    public static JobSettings from(JSONObject merged) {
        Reader in = new Reader(merged);
        Speed speed = new Speed(
                in.longAt("job.setting.speed.byte", 0),
                in.longAt("job.setting.speed.record", 0),
                (int) in.longAt("job.setting.speed.channel", 0));
        ChannelSettings channel = new ChannelSettings(
                positiveInt(in, "core.transport.channel.capacity", 512),
                positiveLong(in, "core.transport.channel.byteCapacity", 8L * 1024 * 1024),
                positiveInt(in, "core.transport.exchanger.bufferSize", 32),
                in.longAt("core.transport.channel.speed.byte", -1),
                in.longAt("core.transport.channel.speed.record", -1),
                in.longAt("core.transport.channel.flowControlInterval", 20));
        if (channel.bufferSize() > channel.capacity()) {
            // DataX would wait forever for room for a batch larger than the queue.
            throw configError("core.transport.exchanger.bufferSize", channel.bufferSize(),
                    "at most core.transport.channel.capacity (" + channel.capacity() + ")");
        }
        return new JobSettings(speed, channel, errorLimit(in),
                positiveInt(in, "core.container.taskGroup.channel", 5),
                positiveLong(in, "core.container.job.sleepInterval", 1000),
                (int) in.longAt("core.container.task.failOver.maxRetryTimes", 1),
                in.longAt("core.container.task.failOver.retryIntervalInMsec", 10000),
                (int) in.longAt("core.statistics.collector.plugin.maxDirtyNumber", 10));
    }

    private static ErrorLimit errorLimit(Reader in) {
        Object record = in.raw("job.setting.errorLimit.record");
        if (record != null) {
            long limit = in.longAt("job.setting.errorLimit.record", 0);
            if (limit < 0) {
                throw configError("job.setting.errorLimit.record", record, "an integer >= 0");
            }
            return new ErrorLimit(limit, null);
        }
        Object percentage = in.raw("job.setting.errorLimit.percentage");
        if (percentage != null) {
            double limit = in.doubleAt("job.setting.errorLimit.percentage");
            if (!(limit >= 0.0 && limit <= 1.0)) {
                throw configError("job.setting.errorLimit.percentage", percentage, "a number within [0.0, 1.0]");
            }
            return new ErrorLimit(null, limit);
        }
        return ErrorLimit.NONE;
    }

    private static int positiveInt(Reader in, String path, int fallback) {
        long value = in.longAt(path, fallback);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw configError(path, in.raw(path), "a positive integer");
        }
        return (int) value;
    }

    private static long positiveLong(Reader in, String path, long fallback) {
        long value = in.longAt(path, fallback);
        if (value <= 0) {
            throw configError(path, in.raw(path), "a positive integer");
        }
        return value;
    }

    static DataXException configError(String path, Object value, String expected) {
        return DataXException.asDataXException(FrameworkErrorCode.CONFIG_ERROR,
                String.format("%s is %s; expected %s.", path, value, expected));
    }

    /** Typed reads that name the key and the value on bad input. */
    private record Reader(JSONObject root) {

        Object raw(String path) {
            return JsonTree.at(root, path);
        }

        long longAt(String path, long fallback) {
            Object value = raw(path);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Number number && number.doubleValue() == number.longValue()) {
                return number.longValue();
            }
            try {
                return Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                throw configError(path, value, "an integer");
            }
        }

        double doubleAt(String path) {
            Object value = raw(path);
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            try {
                return Double.parseDouble(value.toString().trim());
            } catch (NumberFormatException e) {
                throw configError(path, value, "a number");
            }
        }
    }
}
