package io.ots2oss.testkit.plugins.generatorreader;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.RecordSender;
import com.alibaba.datax.common.spi.Reader;
import com.alibaba.datax.common.util.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test reader {@code generatorreader}. Splits into {@code sliceCount} tasks (default: DataX's adviceNumber); every
 * task emits all of {@code rows}, or {@code count} generated records from {@code columns}. With
 * {@code failAfterRecords} a task (only slice {@code failSlice} if set) throws after sending that many records, after
 * waiting {@code failDelayMillis}. See the testkit README.
 */
public class GeneratorReader extends Reader {

    static final String SLICE_INDEX = "sliceIndex";

    public static class Job extends Reader.Job {

        private GeneratorSpec spec;

        @Override
        public void init() {
            spec = GeneratorSpec.parse(getPluginJobConf());
        }

        @Override
        public List<Configuration> split(int adviceNumber) {
            int slices = spec.sliceCount != null ? spec.sliceCount : adviceNumber;
            List<Configuration> configurations = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
                Configuration slice = getPluginJobConf().clone();
                slice.set(SLICE_INDEX, i);
                configurations.add(slice);
            }
            return configurations;
        }

        @Override
        public void destroy() {
        }
    }

    public static class Task extends Reader.Task {

        private GeneratorSpec spec;
        private int sliceIndex;

        @Override
        public void init() {
            spec = GeneratorSpec.parse(getPluginJobConf());
            sliceIndex = getPluginJobConf().getInt(SLICE_INDEX, 0);
        }

        @Override
        public void startRead(RecordSender sender) {
            SplittableRandom random = new SplittableRandom(sliceIndex);
            long total = spec.rows != null ? spec.rows.size() : spec.count;
            for (long i = 0; i < total; i++) {
                if (spec.fails(sliceIndex, i)) {
                    fail(i);
                }
                List<ColumnSource> sources = spec.rows != null ? spec.rows.get((int) i) : spec.columns;
                long sequence = (long) sliceIndex * total + i;
                Record record = sender.createRecord();
                for (ColumnSource source : sources) {
                    record.addColumn(source.make(sequence, random));
                }
                sender.sendToWriter(record);
            }
            if (spec.fails(sliceIndex, total)) {
                fail(total);
            }
        }

        private void fail(long sent) {
            try {
                Thread.sleep(spec.failDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("generatorreader: slice " + sliceIndex + " failing after " + sent
                    + " records as configured by failAfterRecords");
        }

        @Override
        public void destroy() {
        }
    }
}
