package io.ots2oss.otsstreamreader.client;

import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.Collections;
import java.util.List;

/** One GetStreamRecord reply: its records, decoded, and where the shard goes on. */
public final class StreamPage {
    private final List<StreamChange> records;
    private final String nextShardIterator;
    private final Boolean mayMoreRecord;

    public StreamPage(List<StreamChange> records, String nextShardIterator, Boolean mayMoreRecord) {
        this.records = Collections.unmodifiableList(records);
        this.nextShardIterator = nextShardIterator;
        this.mayMoreRecord = mayMoreRecord;
    }

    public List<StreamChange> records() {
        return records;
    }

    /** The iterator of the next page; null once the shard is closed (split or merged) and fully read. */
    public String nextShardIterator() {
        return nextShardIterator;
    }

    /** The table-group flag: whether an empty page may still be followed by records; null when the reply omits it. */
    public Boolean mayMoreRecord() {
        return mayMoreRecord;
    }
}
