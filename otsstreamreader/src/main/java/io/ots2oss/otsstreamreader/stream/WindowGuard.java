package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.config.TimeWindow;

import java.time.Instant;

/**
 * Upstream's range rules: the start must lie inside the stream retention by at least {@code beforeOffset},
 * and the end must lie at least {@code afterOffset} in the past (clock skew between writers).
 */
public final class WindowGuard {
    private WindowGuard() {
    }

    public static void check(TimeWindow window, long nowMillis, int expirationHours, long beforeOffsetMillis, long afterOffsetMillis) {
        long earliestStart = nowMillis - expirationHours * 3_600_000L + beforeOffsetMillis;
        if (window.startMillis() < earliestStart) {
            throw DataXException.asDataXException(ReaderErrorCode.WINDOW_OUT_OF_RANGE,
                    "As expiration time is " + expirationHours + " hours, the start timestamp must be at least "
                            + earliestStart + " (" + Instant.ofEpochMilli(earliestStart) + "); the window starts at "
                            + window.startMillis() + " (" + Instant.ofEpochMilli(window.startMillis()) + "), whose data may already be trimmed.");
        }
        long latestEnd = nowMillis - afterOffsetMillis;
        if (window.endMillis() > latestEnd) {
            throw DataXException.asDataXException(ReaderErrorCode.WINDOW_OUT_OF_RANGE,
                    "To avoid timing error between different machines, the end timestamp must be at most " + latestEnd
                            + " (" + Instant.ofEpochMilli(latestEnd) + ", now minus " + afterOffsetMillis / 1000
                            + " s); the window ends at " + window.endMillis() + " (" + Instant.ofEpochMilli(window.endMillis()) + ").");
        }
    }
}
