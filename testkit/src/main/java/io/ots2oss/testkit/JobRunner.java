package io.ots2oss.testkit;

import com.alibaba.datax.common.element.ColumnCast;
import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.testkit.config.JobConfig;
import io.ots2oss.testkit.engine.JobContainer;
import io.ots2oss.testkit.engine.Statistics;
import io.ots2oss.testkit.log.LogCapture;
import io.ots2oss.testkit.plugin.DataxLibClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs jobs against a {@link DataxHome} the way {@code datax.py job.json -p "-Dk=v"} would: variable substitution,
 * core.json merge, plugin discovery and isolated class loading, then DataX's job lifecycle. Never throws for a job
 * failure: the result carries it. Sets the {@code datax.home} system property during the run (plugins read it), so
 * run one job at a time per JVM, as DataX does.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final DataxHome home;

    public JobRunner(DataxHome home) {
        this.home = home;
    }

    public JobResult run(Path jobFile, Map<String, String> params) {
        try {
            return run(Files.readString(jobFile), params);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job file " + jobFile, e);
        }
    }

    public JobResult run(String jobJson, Map<String, String> params) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<JobContainer> container = new AtomicReference<>();
        Instant start = Instant.now();
        String previousHome = System.getProperty("datax.home");
        try (LogCapture capture = LogCapture.start()) {
            System.setProperty("datax.home", home.root().toString());
            // DataX runs the job on a thread named job-<id>; so do we, which also keeps the caller's context intact.
            Thread jobThread = new Thread(() -> runJob(jobJson, params, container, failure), "job-0");
            jobThread.start();
            join(jobThread);
            Instant end = Instant.now();
            JobContainer ran = container.get();
            Statistics statistics = ran == null ? Statistics.ZERO : ran.statistics();
            int tasks = ran == null ? 0 : ran.taskCount();
            logEnd(failure.get());
            return new JobResult(statistics, tasks, start, end, failure.get(), capture.text());
        } finally {
            restoreHome(previousHome);
        }
    }

    private void runJob(String jobJson, Map<String, String> params, AtomicReference<JobContainer> container,
                        AtomicReference<Throwable> failure) {
        try {
            JobConfig config = JobConfig.load(jobJson, params, home.coreJson());
            LOG.info("\n{}\n", config.printableJob());
            ColumnCast.bind(Configuration.from(config.mergedJson()));
            JobContainer job = new JobContainer(config, home.pluginRoot(),
                    new DataxLibClassLoader(JobRunner.class.getClassLoader()));
            container.set(job);
            job.start();
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    private static void logEnd(Throwable failure) {
        if (failure != null) {
            LOG.error("Exception when job run", failure);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the job", e);
        }
    }

    private static void restoreHome(String previous) {
        if (previous == null) {
            System.clearProperty("datax.home");
        } else {
            System.setProperty("datax.home", previous);
        }
    }
}
