package io.ots2oss.osswriter.single;

import io.ots2oss.osswriter.upload.WriterMemory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.support.EmulatedOss;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;
import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.UploadExecutors;

class SingleObjectTest {
    private static final String PAD = "x".repeat(60);

    private EmulatedOss oss;
    private OssGateway gateway;
    private ExecutorService executor;

    @BeforeEach
    void start() {
        oss = new EmulatedOss();
        gateway = oss.gateway();
        executor = UploadExecutors.forTask(0, 2);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        gateway.close();
        oss.close();
    }

    private WriterConfig config(String compress) {
        return oss.params().with("object", "single.csv").with("writeMode", "truncate").with("writeSingleObject", true)
                .with("fileFormat", "csv").with("lineDelimiter", "\n").with("blockSizeInMB", 1).with("compress", compress)
                .withJson("header", "[\"id\",\"pad\"]").parse();
    }

    /** Writes {@code rows[i]} rows from task i; returns the expected text. */
    private String writeTasks(WriterConfig config, int... rows) throws Exception {
        SingleObjectLayout layout = new SingleObjectLayout(config.object(), gateway.initiate(config.object()), rows.length);
        StringBuilder expected = new StringBuilder("id,pad\n");
        for (int task = 0; task < rows.length; task++) {
            SingleObjectShareSink sink = new SingleObjectShareSink(config, gateway, layout, task, executor, WriterMemory.shared());
            for (int i = 0; i < rows[task]; i++) {
                sink.write(TestRecord.of(new LongColumn((long) task * 1_000_000 + i), new StringColumn(PAD)));
                expected.append(task * 1_000_000L + i).append(',').append(PAD).append('\n');
            }
            sink.finish();
        }
        boolean written = new SingleObjectCommitter(gateway, layout, config).commit();
        return written ? expected.toString() : null;
    }

    private String object() {
        return new String(oss.emulator().objectBytes(EmulatedOss.BUCKET, "single.csv"), StandardCharsets.UTF_8);
    }

    private void assertNothingLeftBehind() {
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
        List<String> keys = oss.emulator().objectKeys(EmulatedOss.BUCKET);
        assertTrue(keys.stream().noneMatch(k -> k.contains(".osswriter-tmp-")), keys.toString());
    }

    @Test
    void tasksOfManySizesJoinInTaskOrderWithOneHeader() throws Exception {
        String expected = writeTasks(config("none"), 40_000, 10, 0, 25_000, 3);
        assertEquals(expected, object());
        assertNothingLeftBehind();
    }

    @Test
    void onlySmallTasksGiveOneSmallObject() throws Exception {
        String expected = writeTasks(config("none"), 2, 3);
        assertEquals(expected, object());
        assertNothingLeftBehind();
    }

    @Test
    void compressedSharesFormOneValidMultiMemberStream() throws Exception {
        String expected = writeTasks(config("gzip"), 5, 60_000, 7);
        byte[] bytes = oss.emulator().objectBytes(EmulatedOss.BUCKET, "single.csv");
        assertEquals(expected, new String(new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes(), StandardCharsets.UTF_8));
        assertNothingLeftBehind();
    }

    @Test
    void noDataMeansNoObject() throws Exception {
        assertEquals(null, writeTasks(config("none"), 0, 0, 0));
        assertFalse(oss.emulator().objectExists(EmulatedOss.BUCKET, "single.csv"));
        assertNothingLeftBehind();
    }

    @Test
    void abortRemovesUploadAndPieces() throws Exception {
        WriterConfig config = config("none");
        SingleObjectLayout layout = new SingleObjectLayout(config.object(), gateway.initiate(config.object()), 2);
        SingleObjectShareSink sink = new SingleObjectShareSink(config, gateway, layout, 0, executor, WriterMemory.shared());
        for (int i = 0; i < 50_000; i++) {
            sink.write(TestRecord.of(new LongColumn((long) i), new StringColumn(PAD)));
        }
        sink.finish();
        new SingleObjectCommitter(gateway, layout, config).abort();
        assertFalse(oss.emulator().objectExists(EmulatedOss.BUCKET, "single.csv"));
        assertNothingLeftBehind();
    }
}
