package io.ots2oss.otsstreamreader.client;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OtsClientsTest {
    @Test
    void theSdkGetsNoMoreIoThreadsThanTheMachineHasCpus() {
        assertEquals(2, OtsClients.ioThreads(32, 2));
        assertEquals(4, OtsClients.ioThreads(32, 4));
    }

    @Test
    void ioThreadsStayBetweenTwoAndEightAndNeverExceedTheReaderThreads() {
        assertEquals(8, OtsClients.ioThreads(32, 64));
        assertEquals(3, OtsClients.ioThreads(3, 16));
        assertEquals(2, OtsClients.ioThreads(1, 1));
    }
}
