package com.alibaba.datax.common.statistics;

import com.alibaba.datax.common.util.HostUtils;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Times one phase of one task; ended records are handed to {@link PerfTrace}. */
public class PerfRecord implements Comparable<PerfRecord> {

    private static final String DATETIME_FORMAT = "yyyy-MM-dd HH:mm:ss";

    private final int taskGroupId;
    private final int taskId;
    private final PHASE phase;
    private volatile ACTION action;
    private volatile Date startTime;
    private volatile long elapsedTimeInNs = -1;
    private volatile long count;
    private volatile long size;
    private volatile long startTimeInNs;
    private volatile boolean isReport;

    public enum PHASE {
        TASK_TOTAL(0),
        READ_TASK_INIT(1),
        READ_TASK_PREPARE(2),
        READ_TASK_DATA(3),
        READ_TASK_POST(4),
        READ_TASK_DESTROY(5),
        WRITE_TASK_INIT(6),
        WRITE_TASK_PREPARE(7),
        WRITE_TASK_DATA(8),
        WRITE_TASK_POST(9),
        WRITE_TASK_DESTROY(10),
        SQL_QUERY(100),
        RESULT_NEXT_ALL(101),
        ODPS_BLOCK_CLOSE(102),
        WAIT_READ_TIME(103),
        WAIT_WRITE_TIME(104),
        TRANSFORMER_TIME(201);

        private final int val;

        PHASE(int val) {
            this.val = val;
        }

        public int toInt() {
            return val;
        }
    }

    public enum ACTION {
        start, end
    }

    public PerfRecord(int taskGroupId, int taskId, PHASE phase) {
        this.taskGroupId = taskGroupId;
        this.taskId = taskId;
        this.phase = phase;
    }

    /** Records an already measured phase in one call. */
    public static void addPerfRecord(int taskGroupId, int taskId, PHASE phase, long startTime, long elapsedTimeInNs) {
        if (PerfTrace.getInstance().isEnable()) {
            PerfRecord record = new PerfRecord(taskGroupId, taskId, phase);
            record.elapsedTimeInNs = elapsedTimeInNs;
            record.action = ACTION.end;
            record.startTime = new Date(startTime);
            PerfTrace.getInstance().tracePerfRecord(record);
        }
    }

    public void start() {
        this.startTime = new Date();
        this.startTimeInNs = System.nanoTime();
        this.action = ACTION.start;
        PerfTrace.getInstance().tracePerfRecord(this);
    }

    public void addCount(long count) {
        this.count += count;
    }

    public void addSize(long size) {
        this.size += size;
    }

    public void end() {
        end(System.nanoTime() - startTimeInNs);
    }

    public void end(long elapsedTimeInNs) {
        this.elapsedTimeInNs = elapsedTimeInNs;
        this.action = ACTION.end;
        PerfTrace.getInstance().tracePerfRecord(this);
    }

    @Override
    public String toString() {
        return String.format("%s,%s,%s,%s,%s,%s,%s,%s,%s,%s", getInstId(), taskGroupId, taskId, phase, action,
                getDatetime(), elapsedTimeInNs, count, size, getHostIP());
    }

    @Override
    public int compareTo(PerfRecord o) {
        if (o == null) {
            return 1;
        }
        return Long.compare(this.elapsedTimeInNs, o.elapsedTimeInNs);
    }

    @Override
    public int hashCode() {
        long jobId = getInstId();
        int result = (int) (jobId ^ (jobId >>> 32));
        result = 31 * result + taskGroupId;
        result = 31 * result + taskId;
        result = 31 * result + phase.toInt();
        result = 31 * result + (startTime == null ? 0 : startTime.hashCode());
        return result;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PerfRecord)) {
            return false;
        }
        PerfRecord other = (PerfRecord) o;
        return taskGroupId == other.taskGroupId && taskId == other.taskId && phase == other.phase
                && (startTime == null ? other.startTime == null : startTime.equals(other.startTime));
    }

    public PerfRecord copy() {
        PerfRecord copy = new PerfRecord(taskGroupId, taskId, phase);
        copy.action = action;
        copy.startTime = startTime;
        copy.elapsedTimeInNs = elapsedTimeInNs;
        copy.count = count;
        copy.size = size;
        copy.startTimeInNs = startTimeInNs;
        copy.isReport = isReport;
        return copy;
    }

    public int getTaskGroupId() {
        return taskGroupId;
    }

    public int getTaskId() {
        return taskId;
    }

    public PHASE getPhase() {
        return phase;
    }

    public ACTION getAction() {
        return action;
    }

    public long getElapsedTimeInNs() {
        return elapsedTimeInNs;
    }

    public long getCount() {
        return count;
    }

    public long getSize() {
        return size;
    }

    public long getInstId() {
        return PerfTrace.getInstance().getInstId();
    }

    public String getHostIP() {
        return HostUtils.IP;
    }

    public String getHostName() {
        return HostUtils.HOSTNAME;
    }

    public Date getStartTime() {
        return startTime;
    }

    public long getStartTimeInMs() {
        return startTime == null ? 0 : startTime.getTime();
    }

    public long getStartTimeInNs() {
        return startTimeInNs;
    }

    public String getDatetime() {
        return startTime == null ? "null time" : new SimpleDateFormat(DATETIME_FORMAT).format(startTime);
    }

    public boolean isReport() {
        return isReport;
    }

    public void setIsReport(boolean isReport) {
        this.isReport = isReport;
    }
}
