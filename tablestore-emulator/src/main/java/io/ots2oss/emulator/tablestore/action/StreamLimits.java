package io.ots2oss.emulator.tablestore.action;

/**
 * Page sizes of the stream API. The service documents none of them; these are emulator choices:
 * GetStreamRecord returns {@code defaultRecords} when no limit is sent and at most {@code maxRecords};
 * a timestamp seek scans {@code seekScanPage} records per GetShardIterator call before answering
 * with a continuation token.
 */
public record StreamLimits(int defaultRecords, int maxRecords, int seekScanPage) {
    public static final StreamLimits DEFAULT = new StreamLimits(100, 1000, 100_000);

    public StreamLimits {
        if (defaultRecords < 1 || maxRecords < defaultRecords || seekScanPage < 1) {
            throw new IllegalArgumentException("need 1 <= defaultRecords <= maxRecords and seekScanPage >= 1");
        }
    }
}
