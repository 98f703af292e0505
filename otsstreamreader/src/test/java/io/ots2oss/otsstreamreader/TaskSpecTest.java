package io.ots2oss.otsstreamreader;

import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.common.secret.Secret;
import io.ots2oss.otsstreamreader.stream.ShardInfo;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.*;

class TaskSpecTest {
    private static final String JOB = "{\"endpoint\":\"http://h:1\",\"accessId\":\"id\",\"accessKey\":\"the-secret\","
            + "\"securityToken\":\"the-token\",\"instanceName\":\"i\",\"dataTable\":\"t\",\"statusTable\":\"s\"}";

    private static TaskSpec spec(String handle) {
        return new TaskSpec(handle, "stream", "v1", 24,
                Arrays.asList(new ShardInfo("a", null, null), new ShardInfo("b", "a", null)), Collections.singletonList("b"));
    }

    @Test
    void taskConfigurationCarriesNoSecret() {
        String text = spec("h").toConfiguration(Configuration.from(JOB)).toJSON();
        assertFalse(text.contains("the-secret"));
        assertFalse(text.contains("the-token"));
    }

    @Test
    void taskGetsTheSecretsBackFromTheVaultOfItsJvm() {
        String handle = CredentialVault.deposit(Secret.of("the-secret"), Secret.of("the-token"));
        try {
            Configuration task = spec(handle).toConfiguration(Configuration.from(JOB));
            Configuration user = TaskSpec.userParameter(task);
            assertEquals("the-secret", user.getString("accessKey"));
            assertEquals("the-token", user.getString("securityToken"));
            assertNull(user.get("otsStreamTask"));
            TaskSpec back = TaskSpec.from(task);
            assertEquals("stream", back.streamId);
            assertEquals("v1", back.version);
            assertEquals(Collections.singletonList("b"), back.ownedShards);
            assertEquals("a", back.allShards.get(1).parentId());
        } finally {
            CredentialVault.forget(handle);
        }
    }

    @Test
    void taskInAnotherJvmWithoutDatasourceFailsClearly() {
        Configuration task = spec("unknown-handle").toConfiguration(Configuration.from(JOB));
        Exception e = assertThrows(RuntimeException.class, () -> TaskSpec.userParameter(task));
        assertTrue(e.getMessage().contains("datasource"), e.getMessage());
    }
}
