package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.RecordSender;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class SenderRecordFactoryTest {

    /** Hands out fresh records and remembers them; fails if two threads ever call it at once. */
    private static final class CountingSender implements RecordSender {
        final Set<Record> created = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean busy;

        @Override
        public Record createRecord() {
            assertFalse(busy, "createRecord called concurrently");
            busy = true;
            Record record = new ListRecord();
            created.add(record);
            busy = false;
            return record;
        }

        @Override
        public void sendToWriter(Record record) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void terminate() {
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void everyRecordIsAFreshOneFromTheSharedSenderWhateverTheThread() throws Exception {
        CountingSender sender = new CountingSender();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Record>>> made = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                made.add(threads.submit(() -> {
                    SenderRecordFactory factory = new SenderRecordFactory(sender);
                    List<Record> mine = new ArrayList<>();
                    for (int i = 0; i < 1000; i++) {
                        mine.add(factory.newRecord());
                    }
                    return mine;
                }));
            }
            Set<Record> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Future<List<Record>> f : made) {
                handedOut.addAll(f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(4000, handedOut.size(), "no record is handed out twice");
            assertTrue(sender.created.containsAll(handedOut), "every record comes from the sender");
        } finally {
            threads.shutdownNow();
        }
    }
}
