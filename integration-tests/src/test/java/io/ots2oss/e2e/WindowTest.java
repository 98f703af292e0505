package io.ots2oss.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WindowTest {
    private static final long START = 1_795_542_600_000L; // 2026-11-24T17:50:00Z

    @Test
    void paramsCarryTheMillisAndTheStartMinuteInUtc() {
        Map<String, String> params = new Window(START, START + 600_000).params();

        assertEquals(Map.of("start_time", "1795542600000", "end_time", "1795543200000", "date", "202611241750"), params);
    }

    @Test
    void nextWindowStartsWhereThisOneEnds() {
        Window next = new Window(START, START + 600_000).next(300_000);

        assertEquals(new Window(START + 600_000, START + 900_000), next);
    }

    @Test
    void dataxPyArgumentIsTheMinusPString() {
        String argument = Window.dataxPyArgument(new Window(START, START + 1).params("x"));

        assertEquals("-Dstart_time=1795542600000 -Dend_time=1795542600001 -Ddate=x", argument);
    }

    @Test
    void emptyWindowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Window(START, START));
    }
}
