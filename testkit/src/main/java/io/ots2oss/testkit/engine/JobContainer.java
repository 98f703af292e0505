package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.plugin.AbstractJobPlugin;
import com.alibaba.datax.common.spi.Reader;
import com.alibaba.datax.common.spi.Writer;
import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.testkit.config.JobConfig;
import io.ots2oss.testkit.plugin.ContextClassLoader;
import io.ots2oss.testkit.plugin.LoadedPlugin;
import io.ots2oss.testkit.plugin.PluginCatalog;
import io.ots2oss.testkit.plugin.PluginType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * DataX's JobContainer for one job: discover and load the two plugins, then init (reader, writer), prepare (reader,
 * writer), split, schedule the tasks, check the error limit, post (writer, reader); destroy (writer, reader) always,
 * for each Job plugin whose init returned, as DataX. Job plugin calls run with the plugin's class loader as the
 * thread context class loader, except destroy (DataX does not swap it there either).
 */
public final class JobContainer {

    private static final Logger LOG = LoggerFactory.getLogger(JobContainer.class);
    private static final long JOB_ID = 0;

    private final JobConfig config;
    private final Path pluginRoot;
    private final ClassLoader dataxLib;
    private final JobCollector jobCollector = new JobCollector();
    private final List<LoadedPlugin> loaded = new ArrayList<>();
    private LoadedPlugin reader;
    private LoadedPlugin writer;
    private Reader.Job readerJob;
    private Writer.Job writerJob;
    private TaskScheduler scheduler;
    private int adviceNumber;
    private int taskCount;

    public JobContainer(JobConfig config, Path pluginRoot, ClassLoader dataxLib) {
        this.config = config;
        this.pluginRoot = pluginRoot;
        this.dataxLib = dataxLib;
    }

    /** Runs the job; throws on any failure. */
    public void start() {
        try {
            loadPlugins();
            init();
            prepare();
            List<TaskSpec> tasks = split();
            schedule(tasks);
            post();
            LOG.info("DataX jobId [{}] completed successfully.", JOB_ID);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DataXException.asDataXException(FrameworkErrorCode.RUNTIME_ERROR, "the job was interrupted", e);
        } finally {
            destroy();
            closeClassLoaders();
        }
    }

    /** Counters of the tasks so far (also after a failure). */
    public Statistics statistics() {
        return scheduler == null ? Statistics.ZERO : scheduler.statistics();
    }

    public int taskCount() {
        return taskCount;
    }

    private void loadPlugins() {
        PluginCatalog catalog = PluginCatalog.discover(pluginRoot, config.readerName(), config.writerName());
        reader = load(catalog, PluginType.READER, config.readerName());
        writer = load(catalog, PluginType.WRITER, config.writerName());
    }

    private LoadedPlugin load(PluginCatalog catalog, PluginType type, String name) {
        LoadedPlugin plugin = new LoadedPlugin(catalog.get(type, name), dataxLib);
        loaded.add(plugin);
        return plugin;
    }

    private void init() {
        Reader.Job newReader = reader.newJob(Reader.Job.class);
        newReader.setPluginJobConf(Configuration.from(config.readerParameter()));
        newReader.setPeerPluginJobConf(Configuration.from(config.writerParameter()));
        newReader.setJobPluginCollector(jobCollector);
        inContextOf(reader, () -> newReader.init());
        readerJob = newReader;

        Writer.Job newWriter = writer.newJob(Writer.Job.class);
        newWriter.setPluginJobConf(Configuration.from(config.writerParameter()));
        newWriter.setPeerPluginJobConf(Configuration.from(config.readerParameter()));
        newWriter.setPeerPluginName(config.readerName());
        newWriter.setJobPluginCollector(jobCollector);
        inContextOf(writer, () -> newWriter.init());
        writerJob = newWriter;
    }

    private void prepare() {
        LOG.info("DataX Reader.Job [{}] do prepare work .", reader.name());
        inContextOf(reader, () -> readerJob.prepare());
        LOG.info("DataX Writer.Job [{}] do prepare work .", writer.name());
        inContextOf(writer, () -> writerJob.prepare());
    }

    private List<TaskSpec> split() {
        adviceNumber = ChannelPlanner.adviceNumber(config.settings());
        List<Configuration> readerSlices = inContextOf(reader, () -> readerJob.split(adviceNumber));
        if (readerSlices == null || readerSlices.isEmpty()) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_SPLIT_ERROR, String.format(
                    "reader '%s' split into %s tasks for adviceNumber %d; it must return at least one",
                    reader.name(), readerSlices == null ? "null" : "0", adviceNumber));
        }
        LOG.info("DataX Reader.Job [{}] splits to [{}] tasks.", reader.name(), readerSlices.size());
        List<Configuration> writerSlices = inContextOf(writer, () -> writerJob.split(readerSlices.size()));
        int writerCount = writerSlices == null ? 0 : writerSlices.size();
        if (writerCount != readerSlices.size()) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_SPLIT_ERROR, String.format(
                    "reader '%s' split into %d tasks but writer '%s' split into %d; the writer must return exactly "
                            + "as many task configurations as the reader", reader.name(), readerSlices.size(),
                    writer.name(), writerCount));
        }
        LOG.info("DataX Writer.Job [{}] splits to [{}] tasks.", writer.name(), writerCount);
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < writerCount; i++) {
            tasks.add(new TaskSpec(i, readerSlices.get(i).toJSON(), writerSlices.get(i).toJSON()));
        }
        taskCount = tasks.size();
        return tasks;
    }

    private void schedule(List<TaskSpec> tasks) throws InterruptedException {
        int channels = Math.min(adviceNumber, tasks.size());
        List<TaskGroupPlan> groups = TaskAssigner.assignFairly(tasks, channels,
                config.settings().channelsPerTaskGroup());
        LOG.info("Scheduler starts [{}] taskGroups for [{}] tasks on [{}] channels.", groups.size(), tasks.size(),
                channels);
        ErrorLimitChecker errorLimit = new ErrorLimitChecker(config.settings().errorLimit());
        TaskContext context = new TaskContext(JOB_ID, reader, writer, config.settings(), jobCollector,
                new AtomicInteger());
        scheduler = new TaskScheduler(context, errorLimit);
        scheduler.run(groups);
        Statistics statistics = scheduler.statistics();
        errorLimit.checkRecordLimit(statistics);
        errorLimit.checkPercentageLimit(statistics);
    }

    private void post() {
        inContextOf(writer, () -> writerJob.post());
        inContextOf(reader, () -> readerJob.post());
    }

    private void destroy() {
        destroy(writerJob, "writer");
        destroy(readerJob, "reader");
    }

    private static void destroy(AbstractJobPlugin job, String side) {
        if (job == null) {
            return;
        }
        try {
            job.destroy();
        } catch (RuntimeException e) {
            LOG.error("{} Job destroy() failed", side, e);
        }
    }

    private void closeClassLoaders() {
        for (LoadedPlugin plugin : loaded) {
            try {
                plugin.close();
            } catch (IOException e) {
                LOG.warn("cannot close the class loader of plugin '{}'", plugin.name(), e);
            }
        }
    }

    private static void inContextOf(LoadedPlugin plugin, Runnable call) {
        ContextClassLoader.run(plugin.classLoader(), call);
    }

    private static <T> T inContextOf(LoadedPlugin plugin, Supplier<T> call) {
        return ContextClassLoader.call(plugin.classLoader(), call);
    }
}
