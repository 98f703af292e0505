package io.ots2oss.testkit.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VariableSubstitutionTest {

    @Test
    void bracedAndBareVariablesAreReplaced() {
        assertEquals("a=1, b=2", new VariableSubstitution(Map.of("x", "1", "y", "2")).apply("a=${x}, b=$y"));
    }

    @Test
    void aBlankValueLeavesTheVariableAsWritten() {
        assertEquals("${x}", new VariableSubstitution(Map.of("x", " ")).apply("${x}"));
    }

    @Test
    void namesStopAtTheFirstNonWordCharacter() {
        assertEquals("v.suffix", new VariableSubstitution(Map.of("name", "v")).apply("$name.suffix"));
    }

    @Test
    void dashPSplitsIntoNamesAndValues() {
        assertEquals(Map.of("startTime", "1700000000000", "endpoint", "http://127.0.0.1:1/x=y"),
                VariableSubstitution.parseDashP(" -DstartTime=1700000000000  -Dendpoint=http://127.0.0.1:1/x=y "));
    }

    @Test
    void dashPWithoutDashDIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> VariableSubstitution.parseDashP("startTime=1"));
    }
}
