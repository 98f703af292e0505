package io.ots2oss.testkit.config;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SensitiveKeysTest {

    @Test
    void keysEndingInPasswordAccessKeyOrSecurityTokenAreMaskedAtAnyDepth() {
        JSONObject config = JSON.parseObject("{\"content\":[{\"reader\":{\"parameter\":{\"accessId\":\"id\","
                + "\"accessKey\":\"k\",\"securityToken\":\"t\",\"dbPassword\":\"p\",\"nested\":{\"ACCESSKEY\":\"k2\"}}}}]}");

        JSONObject masked = SensitiveKeys.masked(config);

        assertEquals("{\"content\":[{\"reader\":{\"parameter\":{\"accessId\":\"id\",\"accessKey\":\"******\","
                + "\"securityToken\":\"******\",\"dbPassword\":\"******\",\"nested\":{\"ACCESSKEY\":\"******\"}}}}]}",
                masked.toJSONString());
    }
}
