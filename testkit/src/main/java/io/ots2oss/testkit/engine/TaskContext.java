package io.ots2oss.testkit.engine;

import io.ots2oss.testkit.config.JobSettings;
import io.ots2oss.testkit.plugin.LoadedPlugin;

import java.util.concurrent.atomic.AtomicInteger;

/** What every task of a job shares. */
record TaskContext(long jobId, LoadedPlugin reader, LoadedPlugin writer, JobSettings settings,
                   JobCollector jobCollector, AtomicInteger loggedDirtyRecords) {
}
