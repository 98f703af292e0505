package io.ots2oss.tools.status;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NextWindowTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long MIN = 60_000L;

    private static long at(int day, int hour, int minute) {
        return LocalDateTime.of(2024, 1, day, hour, minute).atZone(SHANGHAI).toInstant().toEpochMilli();
    }

    private static JobTarget job(String windowKeys) {
        return JobTarget.of("{\"job\":{\"content\":[{\"reader\":{\"name\":\"otsstreamreader\",\"parameter\":{"
                + "\"endpoint\":\"http://127.0.0.1:1\",\"accessId\":\"id\",\"accessKey\":\"key\",\"instanceName\":\"inst\","
                + "\"dataTable\":\"orders\",\"statusTable\":\"status\",\"timeZone\":\"Asia/Shanghai\"," + windowKeys + "}},"
                + "\"writer\":{\"name\":\"osswriter\",\"parameter\":{\"object\":\"o/${date}\"}}}]}}", Map.of());
    }

    @Test
    void hourlyWindowsFollowTheLocalClockOfTheZone() {
        NextWindow hourly = new NextWindow(60 * MIN, 24 * 60 * MIN, 5 * MIN);
        assertArrayEquals(new long[] {at(1, 8, 0), at(1, 10, 0)}, hourly.after(at(1, 8, 0), at(1, 11, 4), SHANGHAI));
        assertArrayEquals(new long[] {at(1, 8, 0), at(1, 11, 0)}, hourly.after(at(1, 8, 0), at(1, 11, 5), SHANGHAI));
    }

    @Test
    void dailyWindowsEndAtLocalMidnight() {
        NextWindow daily = new NextWindow(24 * 60 * MIN, 7 * 24 * 60 * MIN, 5 * MIN);
        assertArrayEquals(new long[] {at(1, 0, 0), at(3, 0, 0)}, daily.after(at(1, 0, 0), at(3, 0, 30), SHANGHAI));
        assertNull(daily.after(at(3, 0, 0), at(3, 23, 59), SHANGHAI));
    }

    @Test
    void timeStringKeysGetYyyyMMddHHmmssInTheZoneAndDateTheDayOfTheStart() {
        Map<String, String> v = NextWindow.variables(job("\"startTimeString\":\"${startTime}\",\"endTimeString\":\"${endTime}\""),
                at(1, 23, 55), at(2, 0, 0));
        assertEquals(Map.of("startTime", "20240101235500", "endTime", "20240102000000", "date", "20240101"), v);
    }

    @Test
    void millisKeysGetMilliseconds() {
        Map<String, String> v = NextWindow.variables(job("\"startTimestampMillis\":\"${start_time}\",\"endTimestampMillis\":\"$end_time\""),
                at(1, 10, 0), at(1, 10, 5));
        assertEquals(String.valueOf(at(1, 10, 0)), v.get("start_time"));
        assertEquals(String.valueOf(at(1, 10, 5)), v.get("end_time"));
    }

    @Test
    void aJobWhoseWindowIsNotVariablesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NextWindow.variables(
                job("\"startTimestampMillis\":1,\"endTimestampMillis\":2"), at(1, 10, 0), at(1, 10, 5)));
    }

    @Test
    void maxShorterThanTheIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NextWindow(60 * MIN, 30 * MIN, 5 * MIN));
    }
}
