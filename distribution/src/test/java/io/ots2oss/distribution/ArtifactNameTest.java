package io.ots2oss.distribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArtifactNameTest {

    @Test
    void theVersionIsCutAtTheFirstDashFollowedByADigit() {
        assertEquals("commons-lang3", PluginPackagingIT.artifactName("commons-lang3-3.3.2.jar"));
        assertEquals("logback-classic", PluginPackagingIT.artifactName("logback-classic-1.0.13.jar"));
        assertEquals("zstd-jni", PluginPackagingIT.artifactName("zstd-jni-1.5.7-4.jar"));
        assertEquals("aliyun-sdk-oss", PluginPackagingIT.artifactName("aliyun-sdk-oss-3.18.5.jar"));
    }
}
