package com.alibaba.datax.common.util;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationTypedGetterTest {

    private final Configuration conf = Configuration.from("{"
            + "\"s\":\"text\",\"n\":42,\"big\":9999999999,\"d\":1.5,\"b\":true,\"bs\":\"FALSE\",\"c\":\"xyz\","
            + "\"blank\":\"  \",\"list\":[\"a\",\"b\"],\"mixed\":[\"a\",1],\"map\":{\"k\":\"v\"},"
            + "\"confs\":[{\"i\":1},{\"i\":2}]}");

    private static void assertConfigError(String path, Runnable read) {
        DataXException e = assertThrows(DataXException.class, read::run);
        assertSame(CommonErrorCode.CONFIG_ERROR, e.getErrorCode());
        assertTrue(e.getMessage().contains("[" + path + "]"), "message names the path: " + e.getMessage());
    }

    @Test
    void getStringRendersNumbers() {
        assertEquals("42", conf.getString("n"));
    }

    @Test
    void getStringWithDefaultUsesDefaultOnlyWhenMissing() {
        assertEquals("text", conf.getString("s", "dflt"));
        assertEquals("dflt", conf.getString("missing", "dflt"));
    }

    @Test
    void getIntReadsNumber() {
        assertEquals(Integer.valueOf(42), conf.getInt("n"));
    }

    @Test
    void getIntOfMissingKeyIsNullOrDefault() {
        assertNull(conf.getInt("missing"));
        assertEquals(Integer.valueOf(7), conf.getInt("missing", 7));
    }

    @Test
    void getIntOfTextFailsNamingPath() {
        assertConfigError("s", () -> conf.getInt("s"));
    }

    @Test
    void getIntOfValueBeyondIntRangeFails() {
        assertConfigError("big", () -> conf.getInt("big"));
    }

    @Test
    void getLongReadsLargeNumber() {
        assertEquals(Long.valueOf(9999999999L), conf.getLong("big"));
    }

    @Test
    void getLongOfBlankIsAbsent() {
        assertEquals(Long.valueOf(3), conf.getLong("blank", 3));
    }

    @Test
    void getLongOfTextFailsNamingPath() {
        assertConfigError("s", () -> conf.getLong("s"));
    }

    @Test
    void getDoubleReadsDecimal() {
        assertEquals(Double.valueOf(1.5), conf.getDouble("d"));
    }

    @Test
    void getDoubleOfTextFailsNamingPath() {
        assertConfigError("s", () -> conf.getDouble("s"));
    }

    @Test
    void getBoolAcceptsAnyCase() {
        assertEquals(Boolean.TRUE, conf.getBool("b"));
        assertEquals(Boolean.FALSE, conf.getBool("bs"));
    }

    @Test
    void getBoolOfOtherTextFailsNamingPath() {
        assertConfigError("s", () -> conf.getBool("s"));
    }

    @Test
    void getBoolOfMissingKeyIsNullOrDefault() {
        assertNull(conf.getBool("missing"));
        assertEquals(Boolean.TRUE, conf.getBool("missing", true));
    }

    @Test
    void getCharReadsFirstCharacter() {
        assertEquals(Character.valueOf('x'), conf.getChar("c"));
        assertEquals(Character.valueOf('q'), conf.getChar("missing", 'q'));
    }

    @Test
    void getListReadsList() {
        assertEquals(List.of("a", "b"), conf.getList("list"));
    }

    @Test
    void getListOfClassChecksElements() {
        assertEquals(List.of("a", "b"), conf.getList("list", String.class));
        assertConfigError("mixed[1]", () -> conf.getList("mixed", String.class));
    }

    @Test
    void getListOfScalarFailsNamingPath() {
        assertConfigError("s", () -> conf.getList("s"));
    }

    @Test
    void getListWithDefaultUsesDefaultWhenMissing() {
        assertEquals(List.of("z"), conf.getList("missing", List.of("z"), String.class));
    }

    @Test
    void getListWithJsonConvertsElements() {
        List<Configuration> confs = conf.getListConfiguration("confs");
        assertEquals(2, confs.size());
        assertEquals(Integer.valueOf(2), confs.get(1).getInt("i"));
        assertEquals(List.of("a", "b"), conf.getListWithJson("list", String.class));
    }

    @Test
    void getMapReadsMap() {
        assertEquals(Map.of("k", "v"), conf.getMap("map"));
        assertEquals(Map.of("k", "v"), conf.getMap("map", String.class));
    }

    @Test
    void getMapOfListFailsNamingPath() {
        assertConfigError("list", () -> conf.getMap("list"));
    }

    @Test
    void getMapConfigurationWrapsEachValue() {
        assertEquals("v", conf.getMapConfiguration("map").get("k").getString(""));
    }

    @Test
    void getConfigurationIsADetachedCopy() {
        Configuration sub = conf.getConfiguration("map");
        sub.set("k", "changed");
        assertEquals("v", conf.getString("map.k"));
    }

    @Test
    void getConfigurationOfMissingKeyIsNull() {
        assertNull(conf.getConfiguration("missing"));
    }

    @Test
    void getNecessaryValueReturnsPresentValue() {
        assertEquals("text", conf.getNecessaryValue("s", CommonErrorCode.CONFIG_ERROR));
    }

    @Test
    void getNecessaryValueOfBlankFailsWithGivenCode() {
        DataXException e = assertThrows(DataXException.class,
                () -> conf.getNecessaryValue("blank", CommonErrorCode.RUNTIME_ERROR));
        assertSame(CommonErrorCode.RUNTIME_ERROR, e.getErrorCode());
        assertTrue(e.getMessage().contains("[blank]"));
    }

    @Test
    void getNecessaryValueOfMissingKeyFails() {
        assertThrows(DataXException.class, () -> conf.getNecessaryValue("missing", CommonErrorCode.CONFIG_ERROR));
    }

    @Test
    void getUnnecessaryValueFallsBackOnBlank() {
        assertEquals("d", conf.getUnnecessaryValue("blank", "d", CommonErrorCode.CONFIG_ERROR));
    }

    @Test
    void getNecessaryBoolOfMissingKeyFails() {
        assertThrows(DataXException.class, () -> conf.getNecessaryBool("missing", CommonErrorCode.CONFIG_ERROR));
    }
}
