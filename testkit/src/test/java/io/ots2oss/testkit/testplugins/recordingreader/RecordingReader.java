package io.ots2oss.testkit.testplugins.recordingreader;

import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;
import com.alibaba.datax.common.plugin.RecordSender;
import com.alibaba.datax.common.spi.Reader;
import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.testkit.testplugins.support.PluginProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test reader recording its lifecycle. Parameters: events, failIn, probeClasses, slices (default adviceNumber),
 * records (per task, default 3), payloadChars (size of a STRING column), sentCounter (shared counter key),
 * concurrencyCounter (shared key: tasks running at once and their peak).
 */
public class RecordingReader extends Reader {

    public static class Job extends Reader.Job {

        private PluginProbe probe;

        @Override
        public void init() {
            probe = new PluginProbe("reader.job", getPluginJobConf());
            probe.event("init", this);
            probe.note("peerRole=" + getPeerPluginJobConf().getString("role", "?"));
            probe.probe(getPluginJobConf().getList("probeClasses", new ArrayList<>(), String.class), this);
        }

        @Override
        public void prepare() {
            probe.event("prepare", this);
        }

        @Override
        public List<Configuration> split(int adviceNumber) {
            probe.event("split", this);
            probe.note("adviceNumber=" + adviceNumber);
            int slices = getPluginJobConf().getInt("slices", adviceNumber);
            List<Configuration> configurations = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
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

    public static class Task extends Reader.Task {

        private PluginProbe probe;

        private AtomicLong running;

        @Override
        public void init() {
            probe = new PluginProbe("reader.task", getPluginJobConf());
            probe.event("init", this);
            String concurrency = getPluginJobConf().getString("concurrencyCounter");
            if (concurrency != null) {
                running = PluginProbe.sharedCounter(concurrency + ".running");
                long now = running.incrementAndGet();
                PluginProbe.sharedCounter(concurrency + ".peak").accumulateAndGet(now, Math::max);
            }
        }

        @Override
        public void prepare() {
            probe.event("prepare", this);
        }

        @Override
        public void startRead(RecordSender sender) {
            probe.event("startRead", this);
            int records = getPluginJobConf().getInt("records", 3);
            String payload = "x".repeat(getPluginJobConf().getInt("payloadChars", 1));
            String counterKey = getPluginJobConf().getString("sentCounter");
            AtomicLong sent = counterKey == null ? new AtomicLong() : PluginProbe.sharedCounter(counterKey);
            for (int i = 0; i < records; i++) {
                Record record = sender.createRecord();
                record.addColumn(new LongColumn((long) i));
                record.addColumn(new StringColumn(payload));
                sender.sendToWriter(record);
                sent.incrementAndGet();
            }
        }

        @Override
        public void post() {
            probe.event("post", this);
        }

        @Override
        public void destroy() {
            probe.event("destroy", this);
            if (running != null) {
                running.decrementAndGet();
            }
        }
    }
}
