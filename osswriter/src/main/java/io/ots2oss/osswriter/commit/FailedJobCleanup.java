package io.ots2oss.osswriter.commit;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ots2oss.osswriter.upload.OssGateway;

/**
 * Removes what a failed run left under the prefix. DataX skips the writer's {@code post} when a job fails (a task
 * failed, the error limit was exceeded) but still calls its {@code destroy}: consumers watching the prefix must not
 * take the objects of the tasks that did finish for the window's output.
 */
public final class FailedJobCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(FailedJobCleanup.class);

    private final OssGateway gateway;
    private final JobOutput output;

    public FailedJobCleanup(OssGateway gateway, JobOutput output) {
        this.gateway = gateway;
        this.output = output;
    }

    /** Deletes the run's completed objects; returns how many. Failures are logged with the keys left, never thrown. */
    public int run() {
        List<String> keys;
        try {
            keys = output.completedObjects(gateway);
        } catch (RuntimeException e) {
            LOG.error("The job failed and the objects it completed could not be listed (run id {} in their user metadata "
                    + "'x-oss-meta-{}'); remove them by hand: {}", output.runId(), JobOutput.RUN_METADATA, e.getMessage());
            return 0;
        }
        if (keys.isEmpty()) {
            LOG.info("The job failed; none of its objects was completed, nothing to remove.");
            return 0;
        }
        try {
            gateway.deleteKeys(keys);
            LOG.info("The job failed: removed the {} objects it had completed: {}", keys.size(), keys);
            return keys.size();
        } catch (RuntimeException e) {
            LOG.error("The job failed and the {} objects it completed could not all be removed; remove them by hand: {} ({})",
                    keys.size(), keys, e.getMessage());
            return 0;
        }
    }
}
