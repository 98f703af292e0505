package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.testkit.config.JobSettings;

/**
 * DataX's JobContainer#adjustChannelNumber: the channel count asked of the reader's split. A job byte or record
 * limit divides by the per-channel limit (which must then be set) and wins over {@code speed.channel}.
 */
final class ChannelPlanner {

    private ChannelPlanner() {
    }

    static int adviceNumber(JobSettings settings) {
        JobSettings.Speed speed = settings.speed();
        JobSettings.ChannelSettings channel = settings.channel();
        int byBytes = Integer.MAX_VALUE;
        int byRecords = Integer.MAX_VALUE;
        if (speed.jobBytesPerSecond() > 0) {
            byBytes = channelsFor(speed.jobBytesPerSecond(), channel.bytesPerSecond(),
                    "job.setting.speed.byte", "core.transport.channel.speed.byte");
        }
        if (speed.jobRecordsPerSecond() > 0) {
            byRecords = channelsFor(speed.jobRecordsPerSecond(), channel.recordsPerSecond(),
                    "job.setting.speed.record", "core.transport.channel.speed.record");
        }
        int channels = Math.min(byBytes, byRecords);
        if (channels < Integer.MAX_VALUE) {
            return channels;
        }
        if (speed.jobChannels() > 0) {
            return speed.jobChannels();
        }
        throw DataXException.asDataXException(FrameworkErrorCode.CONFIG_ERROR,
                "the job speed must be set: job.setting.speed.channel (or speed.byte / speed.record) > 0");
    }

    private static int channelsFor(long jobLimit, long channelLimit, String jobKey, String channelKey) {
        if (channelLimit <= 0) {
            throw DataXException.asDataXException(FrameworkErrorCode.CONFIG_ERROR, String.format(
                    "%s = %d needs %s > 0 (it is %d): set it in the job's core section",
                    jobKey, jobLimit, channelKey, channelLimit));
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1, jobLimit / channelLimit));
    }
}
