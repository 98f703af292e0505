package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.RetryStrategy;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.*;

class ReaderRetryStrategyTest {
    private static TableStoreException error(String code) {
        return new TableStoreException("m", null, code, "req", 503);
    }

    /** What SDK 5.17.6 reports when the endpoint refuses the connection. */
    private static ClientException refused() {
        ConnectException cause = new ConnectException("Connection refused");
        return new ClientException("Unexpected error: " + cause, new ClientException("Unexpected error: " + cause, cause));
    }

    private static int retriesOf(RetryStrategy strategy, Exception failure) {
        int retries = 0;
        while (strategy.nextPause("DescribeTable", failure) > 0) {
            retries++;
        }
        return retries;
    }

    @Test
    void retriesExactlyMaxRetriesTimes() {
        assertEquals(3, retriesOf(new ReaderRetryStrategy(3, 100, 10_000), error("OTSServerBusy")));
    }

    @Test
    void refusedConnectionGetsTheFullBudgetByDefault() {
        assertEquals(30, retriesOf(new ReaderRetryStrategy(30, 100, 10_000), refused()));
    }

    @Test
    void failingFastStrategyGivesUpOnARefusedConnectionAfterItsOwnBudget() {
        RetryStrategy strategy = new ReaderRetryStrategy(30, 100, 10_000).failingFastWhenUnreachable(3);
        assertEquals(3, retriesOf(strategy, refused()));
        assertEquals(3, retriesOf(strategy.clone(), refused()), "every call gets the budget afresh");
    }

    @Test
    void failingFastStrategyKeepsTheFullBudgetForServerErrorsAndOtherNetworkErrors() {
        RetryStrategy strategy = new ReaderRetryStrategy(30, 100, 10_000).failingFastWhenUnreachable(3);
        assertEquals(30, retriesOf(strategy, error("OTSServerBusy")));
        assertEquals(30, retriesOf(strategy.clone(), new ClientException("Connection reset")));
    }

    @Test
    void failingFastBudgetNeverExceedsMaxRetries() {
        assertEquals(1, retriesOf(new ReaderRetryStrategy(1, 100, 10_000).failingFastWhenUnreachable(3), refused()));
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

    @Test
    void anAnswerFromAServerThatIsNotTablestoreIsNotRetried() {
        ClientException forbidden = new ClientException("TableStore returns a response with status code: 403.");
        assertEquals(0, retriesOf(new ReaderRetryStrategy(30, 100, 10_000), forbidden));
    }

    @Test
    void aServerErrorWithoutTablestoreBodyIsRetried() {
        ClientException badGateway = new ClientException("TableStore returns a response with status code: 502.");
        assertEquals(3, retriesOf(new ReaderRetryStrategy(3, 100, 10_000), badGateway));
    }

    @Test
    void aClientWhoseIoReactorStoppedIsNeverRetried() {
        ClientException stopped = new ClientException("Unexpected error",
                new IllegalStateException("Request cannot be executed; I/O reactor status: STOPPED"));
        assertEquals(0, retriesOf(new ReaderRetryStrategy(20, 1, 1), stopped));
    }

    @Test
    void runningOutOfMemoryIsNeverRetried() {
        ClientException oom = new ClientException("Unexpected error", new OutOfMemoryError("Java heap space"));
        assertEquals(0, retriesOf(new ReaderRetryStrategy(20, 1, 1), oom));
    }
}
