package io.ots2oss.osswriter.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.naming.UpstreamNamer;
import io.ots2oss.osswriter.support.EmulatedOss;
import io.ots2oss.osswriter.support.TestRecord;
import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.UploadExecutors;

class RollingObjectSinkTest {
    private static final String PAD = "r".repeat(90);
    /** About 2.5 MB: two full 1 MB objects and a third one still open. */
    private static final int RECORDS = 25_000;

    private EmulatedOss oss;
    private OssGateway gateway;
    private ExecutorService executor;
    private RollingObjectSink sink;

    @BeforeEach
    void start() {
        oss = new EmulatedOss();
        gateway = oss.gateway();
        executor = UploadExecutors.forTask(0, 2);
        WriterConfig config = oss.params().with("object", "out/data").with("lineDelimiter", "\n")
                .with("blockSizeInMB", 1).with("maxFileSize", 1).parse();
        sink = new RollingObjectSink(config, gateway, new UpstreamNamer("out/data", "0123456789abcdef0123456789abcdef", "", 0),
                executor, new MemoryBudget(16L * 1024 * 1024));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        gateway.close();
        oss.close();
    }

    private void writeRecords() throws Exception {
        for (int i = 0; i < RECORDS; i++) {
            sink.write(TestRecord.of(new LongColumn((long) i), new StringColumn(PAD)));
        }
    }

    @Test
    void finishedTaskKeepsEveryRolledObject() throws Exception {
        writeRecords();
        sink.finish();
        assertEquals(3, oss.emulator().objectKeys(EmulatedOss.BUCKET).size());
    }

    @Test
    void failedTaskRemovesTheObjectsItAlreadyCompleted() throws Exception {
        writeRecords();
        assertEquals(2, sink.committedKeys().size(), "two objects were complete before the failure");
        sink.abort();
        assertEquals(List.of(), oss.emulator().objectKeys(EmulatedOss.BUCKET));
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
    }
}
