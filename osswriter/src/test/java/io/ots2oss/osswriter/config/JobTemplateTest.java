package io.ots2oss.osswriter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

/** The shipped {@code plugin_job_template.json} is a valid job once the user fills in the credentials. */
class JobTemplateTest {
    private static final Path TEMPLATE = Paths.get("..", "plugin-descriptors", "osswriter", "plugin_job_template.json");

    private static Map<String, Object> filledTemplate() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TEMPLATE), "the template is read from " + TEMPLATE.toAbsolutePath());
        JSONObject parameter = JSON.parseObject(new String(Files.readAllBytes(TEMPLATE), StandardCharsets.UTF_8))
                .getJSONObject("parameter");
        parameter.put("accessId", "id");
        parameter.put("accessKey", "key");
        parameter.put("bucket", "bkt");
        return parameter;
    }

    @Test
    void templateWithCredentialsParsesWithUpstreamDefaults() throws Exception {
        WriterConfig config = new WriterConfigParser(DatasourceLookup.NONE).parse(filledTemplate());
        assertEquals("csv", config.writers().fileFormat());
        assertEquals("null", config.format().nullFormat());
        assertEquals("", config.nameExtension());
        assertNull(config.objectNameTemplate());
        assertFalse(config.connection().proxy().enabled());
        assertNull(config.connection().securityToken());
    }
}
