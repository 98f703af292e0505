package io.ots2oss.common.secret;

import com.alibaba.datax.common.util.Configuration;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RedactorTest {

    @Test
    void everyOccurrenceIsReplaced() {
        assertEquals("a ****** b ******", Redactor.redact("a s3cr3t b s3cr3t", List.of("s3cr3t")));
    }

    @Test
    void everySecretIsReplaced() {
        assertEquals("****** and ******", Redactor.redact("key and token", List.of("key", "token")));
    }

    @Test
    void emptyAndNullSecretsAreIgnored() {
        assertEquals("text", Redactor.redact("text", Arrays.asList("", null)));
    }

    @Test
    void secretContainingAnotherIsMaskedWhole() {
        assertEquals("******", Redactor.redact("abcdef", List.of("abc", "abcdef")));
    }

    @Test
    void nullTextStaysNull() {
        assertNull(Redactor.redact(null, List.of("x")));
    }

    @Test
    void maskedCopyMasksKeysAtAnyDepth() {
        Configuration conf = Configuration.from("{\"accessKey\":\"k1\",\"job\":{\"content\":[{\"reader\":"
                + "{\"parameter\":{\"accessKey\":\"k2\",\"securityToken\":\"t\",\"endpoint\":\"e\"}}}]}}");
        Configuration masked = Redactor.maskedCopy(conf, "accessKey", "securityToken");
        assertEquals("******", masked.getString("accessKey"));
        assertEquals("******", masked.getString("job.content[0].reader.parameter.accessKey"));
        assertEquals("******", masked.getString("job.content[0].reader.parameter.securityToken"));
        assertEquals("e", masked.getString("job.content[0].reader.parameter.endpoint"));
    }

    @Test
    void maskedCopyIgnoresKeyCase() {
        Configuration masked = Redactor.maskedCopy(Configuration.from("{\"AccessKey\":\"k\"}"), "accessKey");
        assertEquals("******", masked.getString("AccessKey"));
    }

    @Test
    void maskedCopyLeavesOriginalIntact() {
        Configuration conf = Configuration.from("{\"accessKey\":\"k\"}");
        Redactor.maskedCopy(conf, "accessKey");
        assertEquals("k", conf.getString("accessKey"));
    }

    @Test
    void maskedCopyKeepsAbsentSecretsAbsent() {
        Configuration masked = Redactor.maskedCopy(Configuration.from("{\"accessKey\":null,\"a\":1}"), "accessKey");
        assertNull(masked.get("accessKey"));
    }
}
