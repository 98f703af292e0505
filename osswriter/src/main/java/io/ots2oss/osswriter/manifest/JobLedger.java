package io.ots2oss.osswriter.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the finished tasks of one job committed. DataX runs a standalone job's tasks in the JVM of its Job, in
 * the same plugin class loader, so tasks report here (under a token the job puts into their configuration) and
 * the Job reads the sum in {@code post}.
 */
public final class JobLedger {
    private static final ConcurrentMap<String, JobLedger> OPEN = new ConcurrentHashMap<String, JobLedger>();

    private final List<CommittedObject> objects = new ArrayList<CommittedObject>();
    private long records;

    private JobLedger() {
    }

    /** Starts a ledger and returns its token. */
    public static String open() {
        String token = UUID.randomUUID().toString();
        OPEN.put(token, new JobLedger());
        return token;
    }

    /** Adds what one task committed; a token the job no longer holds is ignored. */
    public static void record(String token, List<CommittedObject> committed, long taskRecords) {
        JobLedger ledger = token == null ? null : OPEN.get(token);
        if (ledger == null) {
            return;
        }
        synchronized (ledger) {
            ledger.objects.addAll(committed);
            ledger.records += taskRecords;
        }
    }

    /** Removes the ledger and returns it (an empty one if no task reported). */
    public static JobLedger close(String token) {
        JobLedger ledger = token == null ? null : OPEN.remove(token);
        return ledger == null ? new JobLedger() : ledger;
    }

    public synchronized List<CommittedObject> objects() {
        return Collections.unmodifiableList(new ArrayList<CommittedObject>(objects));
    }

    /** Records written by all tasks (in single-object mode, the records of the one object). */
    public synchronized long records() {
        return records;
    }
}
