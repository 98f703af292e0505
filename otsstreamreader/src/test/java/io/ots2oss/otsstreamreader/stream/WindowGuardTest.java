package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.otsstreamreader.config.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WindowGuardTest {
    private static final long NOW = 1_700_000_000_000L;
    private static final long MIN = 60_000L;

    @Test
    void endWithinFiveMinutesOfNowIsRejected() {
        TimeWindow w = new TimeWindow(NOW - 60 * MIN, NOW - 4 * MIN);
        DataXException e = assertThrows(DataXException.class, () -> WindowGuard.check(w, NOW, 24, 10 * MIN, 5 * MIN));
        assertTrue(e.getMessage().contains("end timestamp"));
    }

    @Test
    void endExactlyFiveMinutesAgoIsAccepted() {
        WindowGuard.check(new TimeWindow(NOW - 60 * MIN, NOW - 5 * MIN), NOW, 24, 10 * MIN, 5 * MIN);
    }

    @Test
    void startTooCloseToTheRetentionLimitIsRejected() {
        TimeWindow w = new TimeWindow(NOW - 24 * 60 * MIN + 9 * MIN, NOW - 60 * MIN);
        DataXException e = assertThrows(DataXException.class, () -> WindowGuard.check(w, NOW, 24, 10 * MIN, 5 * MIN));
        assertTrue(e.getMessage().contains("start timestamp"));
    }

    @Test
    void marginsCanBeMovedToZero() {
        WindowGuard.check(new TimeWindow(NOW - 24 * 60 * MIN, NOW), NOW, 24, 0, 0);
    }
}
