package io.ots2oss.otsstreamreader.bench;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import io.ots2oss.otsstreamreader.decode.PlainBufferDecoder;
import io.ots2oss.otsstreamreader.decode.SdkChanges;
import io.ots2oss.otsstreamreader.decode.StreamChange;
import io.ots2oss.otsstreamreader.decode.StreamReplies;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.ots2oss.otsstreamreader.decode.StreamReplies.key;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.put;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.row;

/**
 * Decodes the same GetStreamRecord pages again and again with each decoder, in one thread, after a warm-up, and prints
 * the time and the bytes allocated per record: the SDK's path ({@code decoder: "sdk"}: {@code ResponseFactory} into the
 * SDK's {@code StreamRecord}s, then {@link SdkChanges}) and the lean {@link PlainBufferDecoder}. Both start from the
 * parsed protobuf reply, which either path parses alike. Rounds alternate the decoders; the median round is shown.
 *
 * <pre>mvn -q -o -pl otsstreamreader -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp otsstreamreader/target/test-classes:otsstreamreader/target/classes:$(cat otsstreamreader/target/test.classpath) \
 *     [-Drecords=1000 -Drounds=7 -Dseconds=1] io.ots2oss.otsstreamreader.bench.DecoderBenchmark</pre>
 */
public final class DecoderBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long FIRST_TIME = 1_700_000_000_000_000L;
    /** Keeps the JIT from dropping the decoding it measures. */
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("records", 1000);
        int rounds = Integer.getInteger("rounds", 7);
        double seconds = Double.parseDouble(System.getProperty("seconds", "1"));
        System.out.printf("%d records per page, %d rounds of ~%.1f s per decoder and page (median shown), JDK %s%n",
                records, rounds, seconds, System.getProperty("java.version"));
        List<Page> pages = Arrays.asList(
                new Page("wide table, row mode (2 key columns, 5 string/integer cells, puts)", false, widePage(records)),
                new Page("single-column updates (multi-version layout's ReaderBenchmark data)", false, updatePage(records)),
                new Page("time-series table (5 key columns, 3 fields), time-series form", true, timeseriesPage(records)));
        for (Page page : pages) {
            page.run(rounds, seconds);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** One decoder over one page, measured. */
    private interface Decoder {
        List<StreamChange> decode(OtsInternalApi.GetStreamRecordResponse reply) throws Exception;
    }

    private static final class Page {
        final String name;
        final boolean timeseries;
        final OtsInternalApi.GetStreamRecordResponse reply;

        Page(String name, boolean timeseries, OtsInternalApi.GetStreamRecordResponse reply) {
            this.name = name;
            this.timeseries = timeseries;
            this.reply = reply;
        }

        void run(int rounds, double seconds) throws Exception {
            int records = reply.getStreamRecordsCount();
            long plainBytes = 0;
            for (OtsInternalApi.GetStreamRecordResponse.StreamRecord record : reply.getStreamRecordsList()) {
                plainBytes += record.getRecord().size();
            }
            System.out.printf("%n%s: %d PlainBuffer bytes per record%n", name, plainBytes / records);
            SdkChanges sdkChanges = new SdkChanges();
            Decoder sdk = reply -> sdkChanges.of(StreamReplies.sdkRecords(reply, timeseries));
            PlainBufferDecoder leanDecoder = new PlainBufferDecoder(timeseries);
            Decoder lean = leanDecoder::decode;
            int sdkPages = pagesFor(sdk, seconds);
            int leanPages = pagesFor(lean, seconds);
            Round[] sdkRounds = new Round[rounds];
            Round[] leanRounds = new Round[rounds];
            for (int r = 0; r < rounds; r++) {
                sdkRounds[r] = measure(sdk, sdkPages);
                leanRounds[r] = measure(lean, leanPages);
            }
            Round sdkMedian = median(sdkRounds);
            Round leanMedian = median(leanRounds);
            print("sdk ", sdkMedian, sdkRounds, records);
            print("lean", leanMedian, leanRounds, records);
            System.out.printf("  lean: %.1fx less time, %.1fx fewer bytes allocated per record%n",
                    sdkMedian.nanos / (double) sdkPages / (leanMedian.nanos / (double) leanPages),
                    sdkMedian.allocated / (double) sdkPages / (leanMedian.allocated / (double) leanPages));
        }

        /** Warms the decoder up for about {@code seconds} and returns how many pages take about as long. */
        private int pagesFor(Decoder decoder, double seconds) throws Exception {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            int pages = 0;
            long start = System.nanoTime();
            while (System.nanoTime() < deadline || pages < 10) {
                consume(decoder.decode(reply));
                pages++;
            }
            return Math.max(10, (int) (pages * seconds * 1e9 / (System.nanoTime() - start)));
        }

        private Round measure(Decoder decoder, int pages) throws Exception {
            long thread = Thread.currentThread().getId();
            long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                consume(decoder.decode(reply));
            }
            long nanos = System.nanoTime() - start;
            return new Round(pages, nanos, THREADS.getThreadAllocatedBytes(thread) - allocatedBefore);
        }

        private static void print(String decoder, Round median, Round[] rounds, int records) {
            double fastest = Double.MAX_VALUE;
            double slowest = 0;
            for (Round round : rounds) {
                fastest = Math.min(fastest, round.nanosPerRecord(records));
                slowest = Math.max(slowest, round.nanosPerRecord(records));
            }
            System.out.printf("  %s %,8.0f ns/record (rounds %,.0f-%,.0f)  %,8.0f B/record allocated%n",
                    decoder, median.nanosPerRecord(records), fastest, slowest, median.allocated / (double) median.pages / records);
        }
    }

    private static final class Round {
        final int pages;
        final long nanos;
        final long allocated;

        Round(int pages, long nanos, long allocated) {
            this.pages = pages;
            this.nanos = nanos;
            this.allocated = allocated;
        }

        double nanosPerRecord(int records) {
            return nanos / (double) pages / records;
        }
    }

    private static Round median(Round[] rounds) {
        Round[] sorted = rounds.clone();
        Arrays.sort(sorted, (a, b) -> Long.compare(a.nanos, b.nanos));
        return sorted[sorted.length / 2];
    }

    private static void consume(List<StreamChange> changes) {
        StreamChange last = changes.get(changes.size() - 1);
        sink += changes.size() + last.payloadBytes() + last.cellCount();
    }

    /** Puts of whole rows: a string and an integer key column, three string and two integer cells. */
    private static OtsInternalApi.GetStreamRecordResponse widePage(int records) {
        String[] cities = {"Hangzhou", "Beijing", "Shanghai", "Shenzhen", "Chengdu"};
        String[] statuses = {"active", "idle", "closed"};
        List<OtsInternalApi.GetStreamRecordResponse.StreamRecord> page = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            long version = FIRST_TIME / 1000 + i;
            List<PlainBufferCell> keys = Arrays.asList(key("user_id", PrimaryKeyValue.fromString(String.format("user_%08d", i * 7919 % 100_000_000))),
                    key("order_no", PrimaryKeyValue.fromLong(1_000_000L + i)));
            page.add(StreamReplies.record(OtsInternalApi.ActionType.PUT_ROW, StreamReplies.withSequence(row(keys,
                    put("name", ColumnValue.fromString("customer name " + i), version),
                    put("city", ColumnValue.fromString(cities[i % cities.length]), version),
                    put("age", ColumnValue.fromLong(18 + i % 60), version),
                    put("amount_cents", ColumnValue.fromLong(12_345L * i), version),
                    put("status", ColumnValue.fromString(statuses[i % statuses.length]), version)),
                    1, FIRST_TIME + i, 0), null));
        }
        return StreamReplies.reply(page);
    }

    /** What ReaderBenchmark writes: an integer key and one string column updated per change. */
    private static OtsInternalApi.GetStreamRecordResponse updatePage(int records) {
        List<OtsInternalApi.GetStreamRecordResponse.StreamRecord> page = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            List<PlainBufferCell> keys = Arrays.asList(key("id", PrimaryKeyValue.fromLong(i)));
            page.add(StreamReplies.record(OtsInternalApi.ActionType.UPDATE_ROW, StreamReplies.withSequence(row(keys,
                    put("payload", ColumnValue.fromString("value-" + i), FIRST_TIME / 1000 + i)), 1, FIRST_TIME + i, 0), null));
        }
        return StreamReplies.reply(page);
    }

    /** Points of a time-series table as stored: hidden hash key, measurement, source, tags, time; typed field names. */
    private static OtsInternalApi.GetStreamRecordResponse timeseriesPage(int records) {
        List<OtsInternalApi.GetStreamRecordResponse.StreamRecord> page = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            List<PlainBufferCell> keys = Arrays.asList(
                    key("_#h", PrimaryKeyValue.fromString(Integer.toHexString(0x1000 + i % 64))),
                    key("_m_name", PrimaryKeyValue.fromString("cpu")),
                    key("_data_source", PrimaryKeyValue.fromString("host-" + i % 64)),
                    key("_tags", PrimaryKeyValue.fromString("[\"region=cn-hangzhou\",\"zone=b\"]")),
                    key("_time", PrimaryKeyValue.fromLong(FIRST_TIME + i)));
            long version = FIRST_TIME / 1000 + i;
            page.add(StreamReplies.record(OtsInternalApi.ActionType.PUT_ROW, StreamReplies.withSequence(row(keys,
                    put("usage:DOUBLE", ColumnValue.fromDouble(i % 100 / 100.0), version),
                    put("load:INTEGER", ColumnValue.fromLong(i % 16), version),
                    put("healthy:BOOLEAN", ColumnValue.fromBoolean(i % 5 != 0), version)), 1, FIRST_TIME + i, 0), null));
        }
        return StreamReplies.reply(page);
    }
}
