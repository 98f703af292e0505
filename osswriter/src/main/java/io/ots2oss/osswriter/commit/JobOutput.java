package io.ots2oss.osswriter.commit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ots2oss.osswriter.naming.ObjectNamer;
import io.ots2oss.osswriter.upload.OssGateway;

/**
 * The objects one run of a job may complete, known from its split: each task's names (deterministic from its naming)
 * and the run id every object of the run carries in its user metadata. That is enough to find and remove exactly this
 * run's completed objects after a failure, in any JVM, without asking the tasks; an older object under the same name
 * carries another id (or none) and is left alone.
 */
public final class JobOutput {
    /** User metadata name ({@code x-oss-meta-osswriter-run}) of the run id. */
    public static final String RUN_METADATA = "osswriter-run";

    private final String runId;
    private final List<ObjectNamer> taskNamers = new ArrayList<ObjectNamer>();

    public JobOutput(String runId) {
        this.runId = runId;
    }

    public static JobOutput newRun() {
        return new JobOutput(UUID.randomUUID().toString().replace("-", ""));
    }

    public String runId() {
        return runId;
    }

    /** The user metadata every object of this run is written with. */
    public Map<String, String> objectMetadata() {
        return metadataFor(runId);
    }

    public static Map<String, String> metadataFor(String runId) {
        return runId == null ? Collections.<String, String>emptyMap() : Collections.singletonMap(RUN_METADATA, runId);
    }

    /** Registers the naming of the next task (in task order). */
    public void addTask(ObjectNamer namer) {
        taskNamers.add(namer);
    }

    /**
     * Every object of this run that is in the bucket. A task whose prefix is its own is listed; otherwise its names
     * are walked roll by roll until the first that is absent or not this run's (a task completes its rolls in order,
     * so none follows). Either way only objects carrying this run's id count.
     */
    public List<String> completedObjects(OssGateway gateway) {
        List<String> keys = new ArrayList<String>();
        for (ObjectNamer namer : taskNamers) {
            if (namer.ownsCommonPrefix()) {
                for (String key : gateway.keysStartingWith(namer.commonPrefix())) {
                    if (isOwn(gateway, key)) {
                        keys.add(key);
                    }
                }
            } else {
                walkRolls(gateway, namer, keys);
            }
        }
        return keys;
    }

    private void walkRolls(OssGateway gateway, ObjectNamer namer, List<String> keys) {
        Set<String> seen = new HashSet<String>();
        for (int roll = 0; ; roll++) {
            String key = namer.nameFor(roll);
            if (!seen.add(key) || !isOwn(gateway, key)) {
                return;
            }
            keys.add(key);
        }
    }

    private boolean isOwn(OssGateway gateway, String key) {
        return runId.equals(gateway.userMetadataOf(key, RUN_METADATA));
    }
}
