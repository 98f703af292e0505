package io.ots2oss.osswriter.task;

/** Values the job's split adds to each task's configuration (not job keys users set). */
public final class TaskKeys {
    public static final String TASK_INDEX = "__taskIndex";
    public static final String TASK_COUNT = "__taskCount";
    public static final String UUID = "__uuid";
    public static final String UPLOAD_ID = "__uploadId";
    /** Where the task reports its committed objects for the {@code markDoneFileName} manifest. */
    public static final String LEDGER = "__ledger";
    /** Identifies this run's objects (in their user metadata), so that a failed job removes only its own. */
    public static final String RUN_ID = "__runId";

    private TaskKeys() {
    }
}
