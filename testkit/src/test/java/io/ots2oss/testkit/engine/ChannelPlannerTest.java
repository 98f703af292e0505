package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.fastjson2.JSON;
import io.ots2oss.testkit.config.JobSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChannelPlannerTest {

    private static int advice(String json) {
        return ChannelPlanner.adviceNumber(JobSettings.from(JSON.parseObject(json)));
    }

    @Test
    void channelSettingIsUsedWhenNoByteOrRecordLimit() {
        assertEquals(3, advice("{\"job\":{\"setting\":{\"speed\":{\"channel\":3}}}}"));
    }

    @Test
    void theSmallerOfByteAndRecordChannelsWins() {
        assertEquals(2, advice("{\"job\":{\"setting\":{\"speed\":{\"channel\":9,\"byte\":1000,\"record\":20}}},"
                + "\"core\":{\"transport\":{\"channel\":{\"speed\":{\"byte\":100,\"record\":10}}}}}"));
    }

    @Test
    void aJobLimitBelowTheChannelLimitStillGivesOneChannel() {
        assertEquals(1, advice("{\"job\":{\"setting\":{\"speed\":{\"record\":5}}},"
                + "\"core\":{\"transport\":{\"channel\":{\"speed\":{\"record\":10}}}}}"));
    }

    @Test
    void noSpeedAtAllIsAConfigError() {
        assertThrows(DataXException.class, () -> advice("{\"job\":{\"setting\":{}}}"));
    }
}
