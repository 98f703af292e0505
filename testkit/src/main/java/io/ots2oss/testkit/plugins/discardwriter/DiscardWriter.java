package io.ots2oss.testkit.plugins.discardwriter;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.RecordReceiver;
import com.alibaba.datax.common.spi.Writer;
import com.alibaba.datax.common.util.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * The test writer {@code discardwriter}: drops every record, to measure a reader alone. It notes when the first record
 * of the job arrived in the JVM-wide system property {@value #FIRST_RECORD_NANOS} (plugins run in their own class
 * loader, so a static field would not be shared with the caller).
 */
public final class DiscardWriter extends Writer {
    public static final String FIRST_RECORD_NANOS = "bench.discardwriter.firstRecordNanos";

    public static final class Job extends Writer.Job {
        @Override
        public void init() {
        }

        @Override
        public List<Configuration> split(int mandatoryNumber) {
            List<Configuration> configs = new ArrayList<>();
            for (int i = 0; i < mandatoryNumber; i++) {
                configs.add(getPluginJobConf().clone());
            }
            return configs;
        }

        @Override
        public void destroy() {
        }
    }

    public static final class Task extends Writer.Task {
        @Override
        public void init() {
        }

        @Override
        public void startWrite(RecordReceiver receiver) {
            Record record = receiver.getFromReader();
            if (record != null) {
                System.getProperties().putIfAbsent(FIRST_RECORD_NANOS, Long.toString(System.nanoTime()));
            }
            while (record != null) {
                record = receiver.getFromReader();
            }
        }

        @Override
        public void destroy() {
        }
    }
}
