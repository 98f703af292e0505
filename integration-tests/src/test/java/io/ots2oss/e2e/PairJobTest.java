package io.ots2oss.e2e;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class PairJobTest {
    private static final Services SERVICES = new Services() {
        public String tablestoreEndpoint() {
            return "http://127.0.0.1:1";
        }

        public String instanceName() {
            return "inst";
        }

        public String ossEndpoint() {
            return "http://127.0.0.1:2";
        }

        public String accessId() {
            return "id";
        }

        public String accessKey() {
            return "secret";
        }
    };

    @Test
    void standardJobHasTheShapeUsersAlreadyRun() {
        JSONObject content = content(PairJob.standard(SERVICES, "orders", "bucket").rowMode(List.of("pk", "col")));
        JSONObject reader = content.getJSONObject("reader").getJSONObject("parameter");
        JSONObject writer = content.getJSONObject("writer").getJSONObject("parameter");

        assertEquals("otsstreamreader", content.getJSONObject("reader").getString("name"));
        assertEquals("${start_time}", reader.getString("startTimestampMillis"));
        assertEquals("${end_time}", reader.getString("endTimestampMillis"));
        assertEquals("single_version_and_update_only", reader.getString("mode"));
        assertEquals("pk", reader.getJSONArray("column").getJSONObject(0).getString("name"));
        assertEquals("inst/orders/${date}", writer.getString("object"));
        assertEquals("truncate", writer.getString("writeMode"));
        assertEquals("csv", writer.getString("fileFormat"));
    }

    @Test
    void datasourceFormCarriesNoEndpointOrKey() {
        String json = PairJob.standard(SERVICES, "orders", "bucket").viaDatasources("ots", "oss").toJson();
        JSONObject reader = JSON.parseObject(json).getJSONObject("job").getJSONArray("content").getJSONObject(0)
                .getJSONObject("reader").getJSONObject("parameter");

        assertEquals("ots", reader.getString("datasource"));
        assertNull(reader.get("endpoint"));
        assertFalse(json.contains("secret"), json);
    }

    @Test
    void objectPrefixResolvesTheDate() {
        assertEquals("inst/orders/202601010000", PairJob.standard(SERVICES, "orders", "b").objectPrefix("202601010000"));
    }

    private static JSONObject content(PairJob job) {
        return JSON.parseObject(job.toJson()).getJSONObject("job").getJSONArray("content").getJSONObject(0);
    }
}
