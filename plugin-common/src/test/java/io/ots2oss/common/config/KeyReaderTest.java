package io.ots2oss.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyReaderTest {
    private final Map<String, Object> job = new HashMap<>();

    private KeyReader reader() {
        return new KeyReader(job, "accessKey");
    }

    private ConfigError rejects(Runnable read, String... fragments) {
        ConfigError e = assertThrows(ConfigError.class, read::run);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
        return e;
    }

    @Test
    void blankValuesCountAsUnset() {
        job.put("a", "  ");
        job.put("b", null);
        assertFalse(reader().has("a"));
        assertFalse(reader().has("b"));
        assertNull(reader().text("a"));
    }

    @Test
    void missingRequiredKeyIsNamedWithWhatIsExpected() {
        ConfigError e = rejects(() -> reader().required("bucket", "the bucket name"), "'bucket'", "the bucket name");
        assertEquals("bucket", e.key());
    }

    @Test
    void objectsAndArraysAreNotText() {
        job.put("object", Collections.singletonMap("a", 1));
        rejects(() -> reader().text("object"), "'object'", "{\"a\":1}", "a string");
        job.put("suffix", Arrays.asList(1, 2));
        rejects(() -> reader().verbatim("suffix"), "'suffix'", "[1,2]");
    }

    @Test
    void verbatimKeepsBlanks() {
        job.put("fieldDelimiter", " ");
        assertEquals(" ", reader().verbatim("fieldDelimiter"));
    }

    @Test
    void secretValuesNeverAppearInErrors() {
        job.put("accessKey", 12345);
        ConfigError e = rejects(() -> reader().secret("accessKey"), "'accessKey'");
        assertFalse(e.getMessage().contains("12345"), e.getMessage());
        e = reader().illegal("AccessKey", "the-secret", "something");
        assertFalse(e.getMessage().contains("the-secret"), e.getMessage());
    }

    @Test
    void wholeNumbersAcceptIntegralNumbersAndDigits() {
        job.put("a", 5);
        job.put("b", 5.0);
        job.put("c", " 7 ");
        assertEquals(5, reader().intInRange("a", 0, 1, 10));
        assertEquals(5, reader().intInRange("b", 0, 1, 10));
        assertEquals(7, reader().intInRange("c", 0, 1, 10));
        assertEquals(3, reader().intInRange("absent", 3, 1, 10));
    }

    @Test
    void numbersOutsideTheRangeOrFractionalAreRejectedWithTheRange() {
        job.put("threads", 0);
        rejects(() -> reader().intAtLeast("threads", 1, 1), "'threads'", "[0]", "a positive whole number");
        job.put("port", 99999);
        rejects(() -> reader().intInRange("port", 1, 1, 65535), "'port'", "[99999]", "from 1 to 65535");
        job.put("size", 1.5);
        rejects(() -> reader().longInRange("size", 1, 1, 10), "'size'", "[1.5]");
    }

    @Test
    void booleansAcceptTextInAnyCase() {
        job.put("a", "TRUE");
        job.put("b", false);
        job.put("c", "yes");
        assertTrue(reader().bool("a", false));
        assertFalse(reader().bool("b", true));
        rejects(() -> reader().bool("c", false), "'c'", "[yes]", "true or false");
    }

    @Test
    void fallbackFillsOnlyUnsetKeys() {
        job.put("endpoint", "http://job");
        job.put("bucket", "");
        Map<String, String> datasource = new HashMap<>();
        datasource.put("endpoint", "http://ds");
        datasource.put("bucket", "ds-bucket");
        datasource.put("accessId", "ds-id");
        KeyReader merged = reader().withFallback(datasource);
        assertEquals("http://job", merged.text("endpoint"));
        assertEquals("ds-bucket", merged.text("bucket"));
        assertEquals("ds-id", merged.text("accessId"));
    }

    @Test
    void itemsOfAListOfObjectsNameTheirPosition() {
        job.put("column", Arrays.asList(Collections.singletonMap("name", "a"), Collections.singletonMap("name", "")));
        List<KeyReader> items = reader().objects("column", "objects");
        assertEquals("a", items.get(0).required("name", "a name"));
        rejects(() -> items.get(1).required("name", "a name"), "'column[1].name'");
        job.put("column", Arrays.asList("x"));
        rejects(() -> reader().objects("column", "objects with a name"), "'column[0]'", "[x]");
    }

    @Test
    void longValuesAreShownCut() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            value.append('x');
        }
        job.put("object", Collections.singletonMap("k", value.toString()));
        ConfigError e = rejects(() -> reader().text("object"), "'object'", "characters in all");
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void nestedObjectNamesItsFieldsInErrors() {
        job.put("csv", Collections.singletonMap("escapeMode", 3));
        KeyReader csv = reader().object("csv", "an object");
        assertEquals(Collections.singleton("escapeMode"), csv.keys());
        rejects(() -> csv.intInRange("escapeMode", 1, 1, 2), "'csv.escapeMode'", "[3]");
    }

    @Test
    void nestedObjectMayBeWrittenAsAJsonString() {
        job.put("csv", "{\"delimiter\": \";\"}");
        assertEquals(";", reader().object("csv", "an object").verbatim("delimiter"));
    }

    @Test
    void nestedObjectRejectsOtherValues() {
        job.put("csv", "not json");
        rejects(() -> reader().object("csv", "a JSON object"), "'csv'", "[not json]", "a JSON object");
        job.put("csv", Arrays.asList(1, 2));
        rejects(() -> reader().object("csv", "a JSON object"), "'csv'", "[[1,2]]");
        job.remove("csv");
        assertNull(reader().object("csv", "a JSON object"));
    }
}
