package com.alibaba.datax.common.util;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationLifecycleTest {

    @Test
    void mergeWithOverwriteLetsOtherWin() {
        Configuration base = Configuration.from("{\"a\":1,\"b\":{\"c\":2}}");
        base.merge(Configuration.from("{\"a\":9,\"b\":{\"d\":3}}"), true);
        assertEquals("{\"a\":9,\"b\":{\"c\":2,\"d\":3}}", base.toJSON());
    }

    @Test
    void mergeWithoutOverwriteKeepsExistingValues() {
        Configuration base = Configuration.from("{\"a\":1}");
        base.merge(Configuration.from("{\"a\":9,\"e\":5}"), false);
        assertEquals("{\"a\":1,\"e\":5}", base.toJSON());
    }

    @Test
    void mergeReturnsTheReceiver() {
        Configuration base = Configuration.newDefault();
        assertSame(base, base.merge(Configuration.newDefault(), true));
    }

    @Test
    void cloneIsDeep() {
        Configuration original = Configuration.from("{\"a\":{\"b\":[1,2]}}");
        Configuration copy = original.clone();
        copy.set("a.b[0]", 100);
        assertEquals(Integer.valueOf(1), original.getInt("a.b[0]"));
    }

    @Test
    void cloneKeepsSecretPaths() {
        Configuration original = Configuration.newDefault();
        original.addSecretKeyPath("p.accessKey");
        assertTrue(original.clone().isSecretPath("p.accessKey"));
    }

    @Test
    void toJsonRoundTripsThroughFrom() {
        String json = "{\"s\":\"x\",\"n\":1,\"d\":2.5,\"b\":false,\"l\":[1,\"two\",{\"t\":3}],\"m\":{\"k\":null}}";
        Configuration parsed = Configuration.from(json);
        assertEquals(parsed.toJSON(), Configuration.from(parsed.toJSON()).toJSON());
        assertEquals("two", Configuration.from(parsed.toJSON()).getString("l[1]"));
    }

    @Test
    void toStringIsJson() {
        assertEquals("{\"a\":1}", Configuration.from("{\"a\":1}").toString());
    }

    @Test
    void beautifyIsIndentedJson() {
        String pretty = Configuration.from("{\"a\":{\"b\":1}}").beautify();
        assertTrue(pretty.contains("\n"));
        assertEquals(Integer.valueOf(1), Configuration.from(pretty).getInt("a.b"));
    }

    @Test
    void fromFileReadsUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("job.json");
        Files.write(file, "{\"name\":\"数据\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("数据", Configuration.from(file.toFile()).getString("name"));
    }

    @Test
    void fromMissingFileFailsNamingIt(@TempDir Path dir) {
        File missing = dir.resolve("absent.json").toFile();
        DataXException e = assertThrows(DataXException.class, () -> Configuration.from(missing));
        assertTrue(e.getMessage().contains(missing.getAbsolutePath()));
    }

    @Test
    void fromInputStreamReadsJson() {
        assertEquals(Integer.valueOf(1),
                Configuration.from(new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).getInt("a"));
    }

    @Test
    void fromMapAndListCopyTheStructure() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", List.of(1, 2));
        assertEquals(Integer.valueOf(2), Configuration.from(map).getInt("a[1]"));
        assertEquals("x", Configuration.from(List.<Object>of("x")).getString("[0]"));
    }

    @Test
    void invalidJsonFailsWithConfigError() {
        DataXException e = assertThrows(DataXException.class, () -> Configuration.from("{\"a\":"));
        assertSame(CommonErrorCode.CONFIG_ERROR, e.getErrorCode());
    }

    @Test
    void invalidJsonMessageGivesPositionButNotTheInput() {
        DataXException e = assertThrows(DataXException.class,
                () -> Configuration.from("{\"accessKey\":\"SECRET_VALUE\" x}"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertTrue(!e.getMessage().contains("SECRET_VALUE"), e.getMessage());
    }

    @Test
    void blankJsonFailsWithConfigError() {
        DataXException e = assertThrows(DataXException.class, () -> Configuration.from("  "));
        assertSame(CommonErrorCode.CONFIG_ERROR, e.getErrorCode());
    }

    @Test
    void newDefaultIsEmptyObject() {
        assertEquals("{}", Configuration.newDefault().toJSON());
    }

    @Test
    void filterSensitiveMasksPasswordAndAccessKeyButNotTheOriginal() {
        Configuration c = Configuration.from("{\"p\":{\"accessKey\":\"s3cr3t\",\"password\":\"pw\",\"accessId\":\"id\"}}");
        Configuration masked = ConfigurationUtil.filterSensitive(c);
        assertEquals("*****", masked.getString("p.accessKey"));
        assertEquals("*****", masked.getString("p.password"));
        assertEquals("id", masked.getString("p.accessId"));
        assertEquals("s3cr3t", c.getString("p.accessKey"));
    }
}
