package io.ots2oss.osswriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.plugin.RecordReceiver;
import com.alibaba.datax.common.spi.Writer;
import com.alibaba.datax.common.util.Configuration;

import io.ots2oss.common.secret.Redactor;
import io.ots2oss.osswriter.commit.FailedJobCleanup;
import io.ots2oss.osswriter.commit.JobOutput;
import io.ots2oss.osswriter.config.WriteMode;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.manifest.DoneManifest;
import io.ots2oss.osswriter.manifest.JobLedger;
import io.ots2oss.osswriter.naming.ObjectNamer;
import io.ots2oss.osswriter.single.SingleObjectCommitter;
import io.ots2oss.osswriter.single.SingleObjectLayout;
import io.ots2oss.osswriter.single.SingleObjectShareSink;
import io.ots2oss.osswriter.task.Namers;
import io.ots2oss.osswriter.task.ObjectNameCheck;
import io.ots2oss.osswriter.task.RecordSink;
import io.ots2oss.osswriter.task.RollingObjectSink;
import io.ots2oss.osswriter.task.TaskKeys;
import io.ots2oss.osswriter.upload.InFlightUploads;
import io.ots2oss.osswriter.upload.OssFailure;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.UploadExecutors;
import io.ots2oss.osswriter.upload.WriterMemory;

/** The DataX writer plugin {@code osswriter}: records to OSS objects as text, CSV or Parquet. */
public final class OssWriter extends Writer {

    /**
     * Validates the configuration, applies {@code writeMode}, names tasks, and commits a single object; when the job
     * fails (DataX then skips {@code post} but calls {@code destroy}) removes what its tasks completed.
     */
    public static final class Job extends Writer.Job {
        private static final Logger LOG = LoggerFactory.getLogger(Job.class);

        private WriterConfig config;
        private OssGateway gateway;
        private SingleObjectLayout singleObject;
        private JobOutput output;
        /** The single object is complete: destroy must not abort it. */
        private boolean committed;
        /** post ran to its end: the job succeeded as far as this writer knows. */
        private boolean posted;
        private DoneManifest manifest;
        private String ledgerToken;
        private boolean singleObjectWritten;

        /**
         * Parses, checks the longest object names, then checks with reads only that the bucket is there and the
         * credentials work: the reader writes its status table in its {@code prepare}, which DataX runs only after
         * this.
         */
        @Override
        public void init() {
            config = PluginSupport.parse(getPluginJobConf());
            LOG.info("osswriter configuration: {}", config);
            boolean checked = false;
            try {
                PluginSupport.guard(new Runnable() {
                    @Override
                    public void run() {
                        ObjectNameCheck.check(config, System.getProperties());
                        manifest = DoneManifest.of(getPluginJobConf(), getPeerPluginJobConf());
                        gateway = PluginSupport.gateway(config, 4);
                        new WriteModePreparation(config, gateway).check();
                    }
                });
                checked = true;
            } finally {
                if (!checked && gateway != null) {
                    // DataX calls destroy() only on a Job whose init() returned: the client's threads would outlive it.
                    gateway.close();
                    gateway = null;
                }
            }
        }

        /** The first change to OSS: {@code writeMode truncate} deletes here. */
        @Override
        public void prepare() {
            PluginSupport.guard(new Runnable() {
                @Override
                public void run() {
                    if (manifest != null && config.writeMode() != WriteMode.NON_CONFLICT) {
                        // First: while the objects change, no manifest may claim they are whole.
                        gateway.deleteKeys(Collections.singletonList(manifest.key()));
                    }
                    new WriteModePreparation(config, gateway).apply();
                }
            });
        }

        @Override
        public List<Configuration> split(final int mandatoryNumber) {
            final List<Configuration> tasks = new ArrayList<Configuration>();
            PluginSupport.guard(new Runnable() {
                @Override
                public void run() {
                    if (config.writeSingleObject()) {
                        singleObject = new SingleObjectLayout(config.object(), gateway.initiate(config.object()), mandatoryNumber);
                        InFlightUploads.opened(Job.this, new Runnable() {
                            @Override
                            public void run() {
                                committer().abort();
                            }
                        });
                        LOG.info("Writing the single object {} with {} tasks", config.object(), mandatoryNumber);
                    } else {
                        output = JobOutput.newRun();
                    }
                    if (manifest != null) {
                        ledgerToken = JobLedger.open();
                    }
                    for (int i = 0; i < mandatoryNumber; i++) {
                        tasks.add(taskConfiguration(i, mandatoryNumber));
                    }
                }
            });
            return tasks;
        }

        private Configuration taskConfiguration(int index, int count) {
            Configuration task = getPluginJobConf().clone();
            task.set(TaskKeys.TASK_INDEX, index);
            task.set(TaskKeys.TASK_COUNT, count);
            if (ledgerToken != null) {
                task.set(TaskKeys.LEDGER, ledgerToken);
            }
            if (singleObject != null) {
                task.set(TaskKeys.UPLOAD_ID, singleObject.uploadId());
            } else {
                String uuid = uniqueUuid(index);
                output.addTask(Namers.forTask(config, index, uuid, System.getProperties()));
                task.set(TaskKeys.UUID, uuid);
                task.set(TaskKeys.RUN_ID, output.runId());
            }
            return task;
        }

        /** A UUID whose names collide with no existing key (the check sees the whole prefix, not one page). */
        private String uniqueUuid(int index) {
            while (true) {
                String uuid = UUID.randomUUID().toString().replace("-", "");
                ObjectNamer namer = Namers.forTask(config, index, uuid, System.getProperties());
                if (config.objectNameTemplate() != null || !gateway.anyKeyStartsWith(namer.commonPrefix())) {
                    return uuid;
                }
            }
        }

        @Override
        public void post() {
            if (singleObject != null) {
                commitSingleObject();
            }
            if (manifest != null) {
                writeManifest();
            }
            posted = true;
        }

        /** Last: every object of the job is committed by now. */
        private void writeManifest() {
            PluginSupport.guard(new Runnable() {
                @Override
                public void run() {
                    String single = singleObjectWritten ? config.object() : null;
                    manifest.write(gateway, config.object(), JobLedger.close(ledgerToken), single, new Date());
                }
            });
        }

        private void commitSingleObject() {
            PluginSupport.guard(new Runnable() {
                @Override
                public void run() {
                    try {
                        singleObjectWritten = committer().commit();
                        committed = true;
                        InFlightUploads.closed(Job.this);
                    } catch (IOException e) {
                        throw new OssFailure("Completing the single object " + config.object() + " failed: " + e.getMessage(), e);
                    }
                }
            });
        }

        private SingleObjectCommitter committer() {
            return new SingleObjectCommitter(gateway, singleObject, config);
        }

        @Override
        public void destroy() {
            try {
                if (singleObject != null && !committed) {
                    LOG.info("The job did not complete: aborting the single-object upload of {}", config.object());
                    committer().abort();
                } else if (output != null && !posted) {
                    new FailedJobCleanup(gateway, output).run();
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not abort the single-object upload of {}: {}", config.object(), e.getMessage());
            } finally {
                JobLedger.close(ledgerToken);
                // Once the client is closed the exit hook could only retry in vain.
                InFlightUploads.closed(this);
                if (gateway != null) {
                    gateway.close();
                }
            }
        }
    }

    /** Streams the records of one task into its objects. */
    public static final class Task extends Writer.Task {
        private static final Logger LOG = LoggerFactory.getLogger(Task.class);

        private WriterConfig config;
        private OssGateway gateway;
        private ExecutorService executor;
        private RecordSink sink;
        private boolean finished;

        @Override
        public void init() {
            config = PluginSupport.parse(getPluginJobConf());
            Configuration conf = getPluginJobConf();
            final int index = conf.getInt(TaskKeys.TASK_INDEX, getTaskId());
            final int count = conf.getInt(TaskKeys.TASK_COUNT, 1);
            final String uuid = conf.getString(TaskKeys.UUID, UUID.randomUUID().toString().replace("-", ""));
            final String uploadId = conf.getString(TaskKeys.UPLOAD_ID);
            final String runId = conf.getString(TaskKeys.RUN_ID);
            PluginSupport.guard(new Runnable() {
                @Override
                public void run() {
                    gateway = PluginSupport.gateway(config, config.maxInFlightParts() + 2, JobOutput.metadataFor(runId));
                    executor = UploadExecutors.forTask(index, config.maxInFlightParts());
                    if (config.writeSingleObject()) {
                        SingleObjectLayout layout = new SingleObjectLayout(config.object(), uploadId, count);
                        sink = new SingleObjectShareSink(config, gateway, layout, index, executor, WriterMemory.shared());
                    } else {
                        ObjectNamer namer = Namers.forTask(config, index, uuid, System.getProperties());
                        sink = new RollingObjectSink(config, gateway, namer, executor, WriterMemory.shared());
                    }
                }
            });
        }

        @Override
        public void startWrite(RecordReceiver receiver) {
            try {
                Record record;
                while ((record = receiver.getFromReader()) != null) {
                    writeOne(record);
                }
                sink.finish();
                finished = true;
                JobLedger.record(getPluginJobConf().getString(TaskKeys.LEDGER), sink.committedObjects(), sink.records());
            } catch (DataXException e) {
                sink.abort();
                throw e;
            } catch (Exception e) {
                sink.abort();
                throw DataXException.asDataXException(OssWriterErrorCode.WRITE_FAILED,
                        Redactor.redact("Writing to oss://" + config.connection().bucket() + "/" + config.object() + " failed: "
                                + e.getMessage(), config.connection().secrets()), e);
            }
        }

        private void writeOne(Record record) throws IOException {
            try {
                sink.write(record);
            } catch (IllegalArgumentException e) {
                // A value that does not fit the Parquet schema: the record is dirty, the object stays consistent.
                getTaskPluginCollector().collectDirtyRecord(record, e, e.getMessage());
            }
        }

        @Override
        public void destroy() {
            if (!finished && sink != null) {
                LOG.info("The task did not finish: discarding its unfinished object");
                sink.abort();
            }
            if (executor != null) {
                executor.shutdownNow();
            }
            if (gateway != null) {
                gateway.close();
            }
        }
    }
}
