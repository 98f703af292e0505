package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.RecordSender;

import java.util.ArrayDeque;

/**
 * Creates records through DataX's {@link RecordSender} for one shard thread. Shard threads share the sender, which is
 * not documented as thread-safe, so creation is serialised on it; each factory takes a handful of fresh records per
 * lock rather than one, so the threads do not queue on that lock once per record. A spare record left at the end is
 * simply dropped.
 */
public final class SenderRecordFactory implements RecordFactory {
    private static final int RECORDS_PER_LOCK = 64;

    private final RecordSender sender;
    private final ArrayDeque<Record> spares = new ArrayDeque<Record>(RECORDS_PER_LOCK);

    public SenderRecordFactory(RecordSender sender) {
        this.sender = sender;
    }

    @Override
    public Record newRecord() {
        if (spares.isEmpty()) {
            synchronized (sender) {
                for (int i = 0; i < RECORDS_PER_LOCK; i++) {
                    spares.add(sender.createRecord());
                }
            }
        }
        return spares.poll();
    }
}
