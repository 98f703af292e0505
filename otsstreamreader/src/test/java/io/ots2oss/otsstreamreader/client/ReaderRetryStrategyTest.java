package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.RetryStrategy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ReaderRetryStrategyTest {
    private static TableStoreException error(String code) {
        return new TableStoreException("m", null, code, "req", 503);
    }

    @Test
    void retriesExactlyMaxRetriesTimes() {
        RetryStrategy strategy = new ReaderRetryStrategy(3, 100, 10_000);
        int retries = 0;
        while (strategy.nextPause("GetStreamRecord", error("OTSServerBusy")) > 0) {
            retries++;
        }
        assertEquals(3, retries);
    }

    @Test
    void cloneKeepsTheConfiguredLimitAndStartsAfresh() {
        RetryStrategy strategy = new ReaderRetryStrategy(2, 100, 10_000);
        strategy.nextPause("PutRow", error("OTSServerBusy"));
        RetryStrategy copy = strategy.clone();
        assertEquals(0, copy.getRetries());
        assertTrue(copy.nextPause("PutRow", error("OTSServerBusy")) > 0);
        assertTrue(copy.nextPause("PutRow", error("OTSServerBusy")) > 0);
        assertEquals(0, copy.nextPause("PutRow", error("OTSServerBusy")));
    }

    @Test
    void backOffDoublesUpToTheCap() {
        RetryStrategy strategy = new ReaderRetryStrategy(10, 100, 1000);
        assertEquals(100, strategy.nextPause("a", error("OTSServerBusy")));
        assertEquals(200, strategy.nextPause("a", error("OTSServerBusy")));
        assertEquals(400, strategy.nextPause("a", error("OTSServerBusy")));
        assertEquals(800, strategy.nextPause("a", error("OTSServerBusy")));
        assertEquals(1000, strategy.nextPause("a", error("OTSServerBusy")));
    }

    @Test
    void errorsARetryCannotFixAreNotRetried() {
        for (String code : new String[] {"OTSAuthFailed", "OTSObjectNotExist", "OTSParameterInvalid", "OTSTrimmedDataAccess", "OTSNoPermissionAccess"}) {
            assertEquals(0, new ReaderRetryStrategy(5, 100, 1000).nextPause("a", error(code)), code);
        }
    }

    @Test
    void networkErrorsAreRetried() {
        assertTrue(new ReaderRetryStrategy(5, 100, 1000).nextPause("GetStreamRecord", new ClientException("reset")) > 0);
    }
}
