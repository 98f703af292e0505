package com.alibaba.datax.common.statistics;

import com.alibaba.datax.common.util.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Collects PerfRecords of a job (or task group) and summarises them per phase. Disabled by default. */
public class PerfTrace {

    private static volatile PerfTrace instance;

    private final boolean isJob;
    private final long jobId;
    private final int taskGroupId;
    private final boolean enable;
    private volatile int batchSize = 500;
    private volatile int channelNumber;
    private volatile Configuration jobInfo;

    private final Map<Integer, String> taskDetails = new ConcurrentHashMap<Integer, String>();
    private final ConcurrentHashMap<PerfRecord.PHASE, SumPerfRecord4Print> perfRecordMaps4print =
            new ConcurrentHashMap<PerfRecord.PHASE, SumPerfRecord4Print>();
    private final SumPerf4Report sumPerf4Report = new SumPerf4Report();
    private final Set<PerfRecord> needReportPool4NotEnd =
            java.util.Collections.newSetFromMap(new ConcurrentHashMap<PerfRecord, Boolean>());
    private final List<PerfRecord> totalEndReport = new ArrayList<PerfRecord>();

    private PerfTrace(boolean isJob, long jobId, int taskGroupId, boolean enable) {
        this.isJob = isJob;
        this.jobId = jobId;
        this.taskGroupId = taskGroupId;
        this.enable = enable;
    }

    public static PerfTrace getInstance(boolean isJob, long jobId, int taskGroupId, boolean enable) {
        if (instance == null) {
            synchronized (PerfTrace.class) {
                if (instance == null) {
                    instance = new PerfTrace(isJob, jobId, taskGroupId, enable);
                }
            }
        }
        return instance;
    }

    /** The instance, or a disabled one when none was configured. */
    public static PerfTrace getInstance() {
        return getInstance(false, -1, -1, false);
    }

    public void addTaskDetails(int taskId, String detail) {
        if (enable && detail != null) {
            taskDetails.put(taskId, detail);
        }
    }

    public void tracePerfRecord(PerfRecord perfRecord) {
        if (!enable || perfRecord == null) {
            return;
        }
        if (perfRecord.getAction() == PerfRecord.ACTION.start) {
            needReportPool4NotEnd.add(perfRecord);
            return;
        }
        needReportPool4NotEnd.remove(perfRecord);
        synchronized (this) {
            totalEndReport.add(perfRecord);
        }
        SumPerfRecord4Print sum = perfRecordMaps4print.get(perfRecord.getPhase());
        if (sum == null) {
            perfRecordMaps4print.putIfAbsent(perfRecord.getPhase(), new SumPerfRecord4Print());
            sum = perfRecordMaps4print.get(perfRecord.getPhase());
        }
        sum.add(perfRecord);
        sumPerf4Report.add(perfRecord.getElapsedTimeInNs(), perfRecord);
    }

    public String summarizeNoException() {
        StringBuilder sb = new StringBuilder("\n=== total summarize info ===\n");
        for (Map.Entry<PerfRecord.PHASE, SumPerfRecord4Print> entry : perfRecordMaps4print.entrySet()) {
            SumPerfRecord4Print sum = entry.getValue();
            sb.append(String.format("%-20s | avg %s | max %s | count %d%n", entry.getKey(),
                    unitTime(sum.getAverageTime()), unitTime(sum.getMaxTime()), sum.getTotalCount()));
        }
        return sb.toString();
    }

    public static String unitTime(long time) {
        return unitTime(time, TimeUnit.NANOSECONDS);
    }

    public static String unitTime(long time, TimeUnit timeUnit) {
        return String.format("%,.3fs", ((float) timeUnit.toNanos(time)) / 1000000000);
    }

    public static String unitSize(long size) {
        if (size > 1000000000) {
            return String.format("%,.2fG", (float) size / 1000000000);
        } else if (size > 1000000) {
            return String.format("%,.2fM", (float) size / 1000000);
        } else if (size > 1000) {
            return String.format("%,.2fK", (float) size / 1000);
        }
        return size + "B";
    }

    public synchronized ConcurrentHashMap<PerfRecord.PHASE, SumPerfRecord4Print> getPerfRecordMaps4print() {
        return perfRecordMaps4print;
    }

    public SumPerf4Report getSumPerf4Report() {
        return sumPerf4Report;
    }

    public Set<PerfRecord> getNeedReportPool4NotEnd() {
        return needReportPool4NotEnd;
    }

    public List<PerfRecord> getTotalEndReport() {
        return totalEndReport;
    }

    public Map<Integer, String> getTaskDetails() {
        return taskDetails;
    }

    public boolean isEnable() {
        return enable;
    }

    public boolean isJob() {
        return isJob;
    }

    public void setJobInfo(Configuration jobInfo, boolean perfReportEnable, int channelNumber) {
        this.jobInfo = jobInfo;
        this.channelNumber = channelNumber;
    }

    public long getInstId() {
        return jobId;
    }

    public Configuration getJobInfo() {
        return jobInfo;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public synchronized JobStatisticsDto2 getReports(String mode) {
        JobStatisticsDto2 dto = new JobStatisticsDto2();
        dto.mode = mode;
        dto.instId = jobId;
        dto.taskGroupId = taskGroupId;
        dto.channelNumber = channelNumber;
        dto.batchSize = batchSize;
        dto.totalTaskRunTimeInMs = sumPerf4Report.getTotalTaskRunTimeInMs();
        return dto;
    }

    public void setChannelNumber(int channelNumber) {
        this.channelNumber = channelNumber;
    }

    /** Totals reported to a DataX service (not public in DataX either). */
    static class JobStatisticsDto2 {
        String mode;
        long instId;
        int taskGroupId;
        int channelNumber;
        int batchSize;
        long totalTaskRunTimeInMs;
    }

    public static class SumPerf4Report {
        private long totalTaskRunTimeInMs;
        private long odpsCloseTimeInMs;
        private long sqlQueryTimeInMs;
        private long resultNextTimeInMs;

        public synchronized void add(long elapsedTimeInNs, PerfRecord perfRecord) {
            long millis = TimeUnit.NANOSECONDS.toMillis(elapsedTimeInNs);
            switch (perfRecord.getPhase()) {
                case TASK_TOTAL:
                    totalTaskRunTimeInMs += millis;
                    break;
                case ODPS_BLOCK_CLOSE:
                    odpsCloseTimeInMs += millis;
                    break;
                case SQL_QUERY:
                    sqlQueryTimeInMs += millis;
                    break;
                case RESULT_NEXT_ALL:
                    resultNextTimeInMs += millis;
                    break;
                default:
                    break;
            }
        }

        public synchronized long getTotalTaskRunTimeInMs() {
            return totalTaskRunTimeInMs;
        }

        public synchronized long getOdpsCloseTimeInMs() {
            return odpsCloseTimeInMs;
        }

        public synchronized long getSqlQueryTimeInMs() {
            return sqlQueryTimeInMs;
        }

        public synchronized long getResultNextTimeInMs() {
            return resultNextTimeInMs;
        }
    }

    public static class SumPerfRecord4Print {
        private long perfTimeTotal;
        private long maxTime;
        private int maxTaskId = -1;
        private int maxTaskGroupId = -1;
        private int totalCount;
        private long recordsTotal;
        private long sizesTotal;
        private long maxRecord;
        private long maxByte;
        private int maxTaskId4Records = -1;
        private int maxTGID4Records = -1;

        public synchronized void add(PerfRecord perfRecord) {
            if (perfRecord == null) {
                return;
            }
            perfTimeTotal += perfRecord.getElapsedTimeInNs();
            if (perfRecord.getElapsedTimeInNs() >= maxTime) {
                maxTime = perfRecord.getElapsedTimeInNs();
                maxTaskId = perfRecord.getTaskId();
                maxTaskGroupId = perfRecord.getTaskGroupId();
            }
            recordsTotal += perfRecord.getCount();
            sizesTotal += perfRecord.getSize();
            if (perfRecord.getCount() >= maxRecord) {
                maxRecord = perfRecord.getCount();
                maxByte = perfRecord.getSize();
                maxTaskId4Records = perfRecord.getTaskId();
                maxTGID4Records = perfRecord.getTaskGroupId();
            }
            totalCount++;
        }

        public synchronized long getPerfTimeTotal() {
            return perfTimeTotal;
        }

        public synchronized long getAverageTime() {
            return totalCount == 0 ? 0 : perfTimeTotal / totalCount;
        }

        public synchronized long getMaxTime() {
            return maxTime;
        }

        public synchronized int getMaxTaskId() {
            return maxTaskId;
        }

        public synchronized int getMaxTaskGroupId() {
            return maxTaskGroupId;
        }

        public synchronized long getRecordsTotal() {
            return recordsTotal;
        }

        public synchronized long getSizesTotal() {
            return sizesTotal;
        }

        public synchronized long getAverageRecords() {
            return totalCount == 0 ? 0 : recordsTotal / totalCount;
        }

        public synchronized long getAverageBytes() {
            return totalCount == 0 ? 0 : sizesTotal / totalCount;
        }

        public synchronized long getMaxRecord() {
            return maxRecord;
        }

        public synchronized long getMaxByte() {
            return maxByte;
        }

        public synchronized int getMaxTaskId4Records() {
            return maxTaskId4Records;
        }

        public synchronized int getMaxTGID4Records() {
            return maxTGID4Records;
        }

        public synchronized int getTotalCount() {
            return totalCount;
        }
    }

}
