package io.ots2oss.otsstreamreader;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.RecordSender;
import com.alibaba.datax.common.spi.Reader;
import com.alibaba.datax.common.util.Configuration;
import com.alicloud.openservices.tablestore.SyncClient;
import io.ots2oss.otsstreamreader.client.OtsClients;
import io.ots2oss.otsstreamreader.client.OtsFailures;
import io.ots2oss.otsstreamreader.client.ReaderClient;
import io.ots2oss.otsstreamreader.config.CatalogDatasourceLookup;
import io.ots2oss.otsstreamreader.config.PrimaryKeyCoverage;
import io.ots2oss.otsstreamreader.config.ReaderConfig;
import io.ots2oss.otsstreamreader.config.ReaderConfigParser;
import io.ots2oss.otsstreamreader.layout.LayoutPlan;
import io.ots2oss.otsstreamreader.layout.RecordLayout;
import io.ots2oss.otsstreamreader.layout.SenderRecordFactory;
import io.ots2oss.otsstreamreader.layout.ShardLayouts;
import io.ots2oss.otsstreamreader.status.StatusTable;
import io.ots2oss.otsstreamreader.status.StreamJobDesc;
import io.ots2oss.otsstreamreader.stream.RecordEmitter;
import io.ots2oss.otsstreamreader.stream.ShardAssignment;
import io.ots2oss.otsstreamreader.stream.ShardInfo;
import io.ots2oss.otsstreamreader.stream.StartPlan;
import io.ots2oss.otsstreamreader.stream.StreamCatalog;
import io.ots2oss.otsstreamreader.stream.TaskRun;
import io.ots2oss.otsstreamreader.stream.WindowGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** DataX reader exporting the change stream of one Tablestore table for a window [start, end). */
public final class OtsStreamReader extends Reader {

    static ReaderConfig parse(Configuration parameter) {
        return new ReaderConfigParser(new CatalogDatasourceLookup(), System.getProperties()).parse(parameter);
    }

    public static final class Job extends Reader.Job {
        private static final Logger LOG = LoggerFactory.getLogger(Job.class);

        private ReaderConfig config;
        private SyncClient client;
        private StreamCatalog catalog;
        private String version;
        private String credentialHandle;

        /**
         * Only reads and validates: DataX runs the writer's {@code init} after this one, and nothing may be written
         * to the status table before both configurations are known to be valid.
         */
        @Override
        public void init() {
            config = parse(getPluginJobConf());
            LOG.info("otsstreamreader configuration: {}", config);
            for (String warning : config.warnings()) {
                LOG.warn(warning);
            }
            client = OtsClients.createForJobChecks(config.connection(), config.maxRetries());
            boolean checked = false;
            try {
                catalog = StreamCatalog.load(client, config.dataTable(), config.timeseriesTable());
                PrimaryKeyCoverage.check(config, catalog.primaryKeyNames());
                WindowGuard.check(config.window(), System.currentTimeMillis(), catalog.expirationHours(),
                        config.beforeOffsetMillis(), config.afterOffsetMillis());
                StatusTable.checkSchemaIfExists(client, config.statusTable());
                checked = true;
            } catch (RuntimeException e) {
                throw OtsFailures.explain(e, "Checking the export of table '" + config.dataTable() + "'", config.connection());
            } finally {
                if (!checked) {
                    // DataX calls destroy() only on a Job whose init() returned: the client's threads would outlive it.
                    shutdownClient();
                }
            }
        }

        /** Runs after every plugin's {@code init} succeeded: the first writes of the job happen here. */
        @Override
        public void prepare() {
            try {
                startWindow();
            } catch (RuntimeException e) {
                throw OtsFailures.explain(e, "Preparing the export of table '" + config.dataTable() + "'", config.connection());
            }
        }

        private void startWindow() {
            StatusTable.ensureExists(client, config.statusTable());
            StatusTable status = new StatusTable(client, config.statusTable(), catalog.streamId());
            int cleared = status.clearCheckpoints(config.window().endMillis());
            if (cleared > 0) {
                LOG.info("Removed {} checkpoints of an earlier run of the window ending at {}.", cleared, config.window().endMillis());
            }
            version = System.currentTimeMillis() + "-" + UUID.randomUUID();
            Set<String> shardIds = new HashSet<String>();
            for (ShardInfo shard : catalog.shards()) {
                shardIds.add(shard.id());
            }
            StreamJobDesc job = new StreamJobDesc(config.dataTable(), catalog.streamId(), version, shardIds,
                    config.window().startMillis(), config.window().endMillis());
            status.writeJobDesc(job);
            LOG.info("Start stream job: {}", job);
        }

        @Override
        public List<Configuration> split(int adviceNumber) {
            credentialHandle = CredentialVault.deposit(config.connection().accessKey(), config.connection().securityToken());
            List<Configuration> tasks = new ArrayList<Configuration>();
            for (List<String> owned : ShardAssignment.assign(catalog.shards(), adviceNumber)) {
                tasks.add(new TaskSpec(credentialHandle, catalog.streamId(), version, catalog.expirationHours(),
                        catalog.shards(), owned).toConfiguration(getPluginJobConf()));
            }
            if (tasks.isEmpty()) {
                // DataX needs at least one task; a stream without shards yields an empty one.
                tasks.add(new TaskSpec(credentialHandle, catalog.streamId(), version, catalog.expirationHours(),
                        catalog.shards(), new ArrayList<String>()).toConfiguration(getPluginJobConf()));
            }
            LOG.info("Split {} shards into {} tasks (advice {}).", catalog.shards().size(), tasks.size(), adviceNumber);
            return tasks;
        }

        @Override
        public void destroy() {
            CredentialVault.forget(credentialHandle);
            shutdownClient();
        }

        private void shutdownClient() {
            OtsClients.shutdown(client);
            client = null;
        }
    }

    public static final class Task extends Reader.Task {
        private static final Logger LOG = LoggerFactory.getLogger(Task.class);
        private static final long DEFAULT_PARENT_WAIT_MILLIS = 30 * 60 * 1000L;
        private static final long DEFAULT_PROGRESS_INTERVAL_MILLIS = 30 * 1000L;

        private ReaderConfig config;
        private TaskSpec spec;
        private ReaderClient client;

        @Override
        public void init() {
            spec = TaskSpec.from(getPluginJobConf());
            config = parse(TaskSpec.userParameter(getPluginJobConf()));
            client = OtsClients.create(config.connection(), config.maxRetries(), config.threadNum());
        }

        @Override
        public void startRead(final RecordSender recordSender) {
            if (spec.ownedShards.isEmpty()) {
                LOG.info("No shard to read in this task.");
                return;
            }
            try {
                StatusTable status = new StatusTable(client.sync(), config.statusTable(), spec.streamId);
                StartPlan plan = StartPlan.resolve(status, spec.streamId, config.window().startMillis(), spec.allShards);
                TaskRun run = new TaskRun(client.sync(), client.pages(config.decoder()), status, config.dataTable(),
                        spec.streamId, spec.version, config.window(),
                        spec.expirationHours, layouts(recordSender), config.enableTableGroupSupport(), spec.allShards, plan,
                        config.threadNum(), Long.getLong("otsstreamreader.parentWaitLimitMillis", DEFAULT_PARENT_WAIT_MILLIS),
                        Long.getLong("otsstreamreader.progressIntervalMillis", DEFAULT_PROGRESS_INTERVAL_MILLIS));
                run.execute(spec.ownedShards, new RecordEmitter() {
                    @Override
                    public void emit(Record record) {
                        recordSender.sendToWriter(record);
                    }
                });
            } catch (RuntimeException e) {
                throw OtsFailures.explain(e, "Reading the stream of table '" + config.dataTable() + "'", config.connection());
            }
        }

        private ShardLayouts layouts(final RecordSender sender) {
            final LayoutPlan plan = new LayoutPlan(config.mode(), config.timeseriesTable(), config.exportSequenceInfo(),
                    config.columns(), config.exportDeletes());
            return new ShardLayouts() {
                @Override
                public RecordLayout newLayout() {
                    return plan.newLayout(new SenderRecordFactory(sender));
                }
            };
        }

        @Override
        public void destroy() {
            if (client != null) {
                OtsClients.shutdown(client.sync());
                client = null;
            }
        }
    }
}
