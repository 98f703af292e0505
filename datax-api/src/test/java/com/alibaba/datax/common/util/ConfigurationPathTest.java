package com.alibaba.datax.common.util;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationPathTest {

    private final Configuration conf = Configuration.from(
            "{\"job\":{\"content\":[{\"reader\":{\"name\":\"otsstreamreader\",\"parameter\":{\"table\":\"t1\"}}}],"
                    + "\"matrix\":[[1,2],[3,4]]}}");

    @Test
    void dottedPathReadsNestedValue() {
        assertEquals("otsstreamreader", conf.getString("job.content[0].reader.name"));
    }

    @Test
    void bracketIndexAfterKeyReadsListElement() {
        assertEquals("t1", conf.getString("job.content[0].reader.parameter.table"));
    }

    @Test
    void consecutiveIndexesReadNestedLists() {
        assertEquals(Integer.valueOf(3), conf.getInt("job.matrix[1][0]"));
    }

    @Test
    void blankPathReadsWholeTree() {
        assertInstanceOf(Map.class, conf.get(""));
    }

    @Test
    void missingKeyReadsNull() {
        assertNull(conf.get("job.nothing.here"));
    }

    @Test
    void indexBeyondListEndReadsNull() {
        assertNull(conf.get("job.content[5].reader"));
    }

    @Test
    void keyOnListReadsNull() {
        assertNull(conf.get("job.content.reader"));
    }

    @Test
    void indexOnMapReadsNull() {
        assertNull(conf.get("job[0]"));
    }

    @Test
    void nonNumericIndexIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> conf.get("job.content[x]"));
    }

    @Test
    void nullPathIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> conf.get(null));
    }

    @Test
    void setCreatesIntermediateMaps() {
        Configuration c = Configuration.newDefault();
        c.set("a.b.c", "v");
        assertEquals("{\"a\":{\"b\":{\"c\":\"v\"}}}", c.toJSON());
    }

    @Test
    void setCreatesListPaddedWithNulls() {
        Configuration c = Configuration.newDefault();
        c.set("a[2]", "v");
        assertEquals(List.of(), c.getList("a").subList(0, 0));
        assertEquals(3, c.getList("a").size());
        assertNull(c.get("a[0]"));
        assertEquals("v", c.getString("a[2]"));
    }

    @Test
    void setReturnsPreviousValue() {
        Configuration c = Configuration.from("{\"a\":1}");
        assertEquals(1, c.set("a", 2));
        assertEquals(Integer.valueOf(2), c.getInt("a"));
    }

    @Test
    void setReplacesScalarOnTheWayWithMap() {
        Configuration c = Configuration.from("{\"a\":1}");
        c.set("a.b", "x");
        assertEquals("x", c.getString("a.b"));
    }

    @Test
    void setOfConfigurationStoresItsTree() {
        Configuration c = Configuration.newDefault();
        c.set("inner", Configuration.from("{\"k\":\"v\"}"));
        assertEquals("v", c.getString("inner.k"));
    }

    @Test
    void removeClearsValue() {
        Configuration c = Configuration.from("{\"a\":{\"b\":1,\"c\":2}}");
        assertEquals(1, c.remove("a.b"));
        assertNull(c.get("a.b"));
        assertEquals("{\"a\":{\"c\":2}}", c.toJSON());
    }

    @Test
    void removeOfMissingKeyFails() {
        assertThrows(com.alibaba.datax.common.exception.DataXException.class,
                () -> Configuration.newDefault().remove("absent"));
    }

    @Test
    void getKeysListsEveryLeafPath() {
        Configuration c = Configuration.from("{\"a\":{\"b\":[0,1]},\"x\":\"y\"}");
        assertEquals(java.util.Set.of("a.b[0]", "a.b[1]", "x"), c.getKeys());
    }

    @Test
    void listRootIsAddressedByIndex() {
        Configuration c = Configuration.from("[{\"a\":1}]");
        assertEquals(Integer.valueOf(1), c.getInt("[0].a"));
    }

    @Test
    void systemPropertyPlaceholderIsReplacedWhenParsing() {
        System.setProperty("ots2oss.test.placeholder", "filled");
        try {
            assertEquals("filled", Configuration.from("{\"a\":\"${ots2oss.test.placeholder}\"}").getString("a"));
        } finally {
            System.clearProperty("ots2oss.test.placeholder");
        }
    }

    @Test
    void unknownPlaceholderIsKept() {
        assertEquals("${ots2oss.unknown.placeholder}",
                Configuration.from("{\"a\":\"${ots2oss.unknown.placeholder}\"}").getString("a"));
    }

    @Test
    void secretPathsAreRemembered() {
        Configuration c = Configuration.newDefault();
        c.addSecretKeyPath("job.content[0].reader.parameter.accessKey");
        assertTrue(c.isSecretPath("job.content[0].reader.parameter.accessKey"));
    }
}
