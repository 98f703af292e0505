package io.ots2oss.testkit.testplugins.recordingwriter;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.RecordReceiver;
import com.alibaba.datax.common.spi.Writer;
import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.testkit.testplugins.support.PluginProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test writer recording its lifecycle. Parameters: events, failIn, probeClasses, splitCount (overrides the count it
 * returns), dirtyEvery (every n-th record is reported dirty), sentCounter + waitForSent + waitMillis (before reading,
 * wait up to waitMillis for the reader to have sent waitForSent records; then report the most records in flight).
 */
public class RecordingWriter extends Writer {

    public static class Job extends Writer.Job {

        private PluginProbe probe;

        @Override
        public void init() {
            probe = new PluginProbe("writer.job", getPluginJobConf());
            probe.event("init", this);
            probe.note("peerPluginName=" + getPeerPluginName());
            probe.probe(getPluginJobConf().getList("probeClasses", new ArrayList<>(), String.class), this);
        }

        @Override
        public void prepare() {
            probe.event("prepare", this);
        }

        @Override
        public List<Configuration> split(int mandatoryNumber) {
            probe.event("split", this);
            int count = getPluginJobConf().getInt("splitCount", mandatoryNumber);
            List<Configuration> configurations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                configurations.add(getPluginJobConf().clone());
            }
            return configurations;
        }

        @Override
        public void post() {
            probe.event("post", this);
        }

        @Override
        public void destroy() {
            probe.event("destroy", this);
        }
    }

    public static class Task extends Writer.Task {

        private PluginProbe probe;

        @Override
        public void init() {
            probe = new PluginProbe("writer.task", getPluginJobConf());
            probe.event("init", this);
        }

        @Override
        public void prepare() {
            probe.event("prepare", this);
        }

        @Override
        public void startWrite(RecordReceiver receiver) {
            probe.event("startWrite", this);
            int dirtyEvery = getPluginJobConf().getInt("dirtyEvery", 0);
            String counterKey = getPluginJobConf().getString("sentCounter");
            AtomicLong sent = counterKey == null ? null : PluginProbe.sharedCounter(counterKey);
            if (sent != null) {
                waitForReader(sent);
                probe.note("sentBeforeFirstRead=" + sent.get());
            }
            long received = 0;
            long maxInFlight = 0;
            Record record;
            while ((record = receiver.getFromReader()) != null) {
                received++;
                if (sent != null) {
                    maxInFlight = Math.max(maxInFlight, sent.get() - received);
                }
                if (dirtyEvery > 0 && received % dirtyEvery == 0) {
                    getTaskPluginCollector().collectDirtyRecord(record, "dirty on purpose");
                }
            }
            probe.note("received=" + received + " maxInFlight=" + maxInFlight);
        }

        private void waitForReader(AtomicLong sent) {
            long target = getPluginJobConf().getLong("waitForSent", 0L);
            long deadline = System.nanoTime() + getPluginJobConf().getLong("waitMillis", 0L) * 1_000_000;
            while (sent.get() < target && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        @Override
        public void post() {
            probe.event("post", this);
        }

        @Override
        public void destroy() {
            probe.event("destroy", this);
        }
    }
}
