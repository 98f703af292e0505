package io.ots2oss.osswriter.config;

import io.ots2oss.osswriter.format.RecordWriterProvider;

/** The validated, immutable writer configuration of a job (and, with the split values, of a task). */
public final class WriterConfig {
    public static final long MB = 1024L * 1024L;

    private final OssConnection connection;
    private final FormatConfig format;
    private final RecordWriterProvider writers;
    private final String object;
    private final WriteMode writeMode;
    private final String suffix;
    private final long maxFileSizeBytes;
    private final int blockSizeBytes;
    private final boolean generateEmptyFile;
    private final boolean writeSingleObject;
    private final String objectNameTemplate;
    private final int maxInFlightParts;
    private final int partitionColumns;

    public WriterConfig(OssConnection connection, FormatConfig format, RecordWriterProvider writers, String object, WriteMode writeMode, String suffix,
                        long maxFileSizeBytes, int blockSizeBytes, boolean generateEmptyFile, boolean writeSingleObject,
                        String objectNameTemplate, int maxInFlightParts, int partitionColumns) {
        this.connection = connection;
        this.format = format;
        this.writers = writers;
        this.object = object;
        this.writeMode = writeMode;
        this.suffix = suffix;
        this.maxFileSizeBytes = maxFileSizeBytes;
        this.blockSizeBytes = blockSizeBytes;
        this.generateEmptyFile = generateEmptyFile;
        this.writeSingleObject = writeSingleObject;
        this.objectNameTemplate = objectNameTemplate;
        this.maxInFlightParts = maxInFlightParts;
        this.partitionColumns = partitionColumns;
    }

    public OssConnection connection() {
        return connection;
    }

    /** The rendering keys shared by the textual formats. */
    public FormatConfig format() {
        return format;
    }

    /** The chosen format's record writers. */
    public RecordWriterProvider writers() {
        return writers;
    }

    /** The object name prefix (or the object name in single-object mode). */
    public String object() {
        return object;
    }

    public WriteMode writeMode() {
        return writeMode;
    }

    /** The suffix with its leading dot, or empty when not set. */
    public String suffix() {
        return suffix;
    }

    /** The extension of generated names: {@code suffix} when set, else the compression's (upstream-compatible) one. */
    public String nameExtension() {
        return suffix.isEmpty() ? writers.nameExtension() : suffix;
    }

    /** The extension offered to name templates as {@code ${ext}}: {@code suffix} when set, else the format's. */
    public String templateExtension() {
        return suffix.isEmpty() ? writers.templateExtension() : suffix;
    }

    public long maxFileSizeBytes() {
        return maxFileSizeBytes;
    }

    public int blockSizeBytes() {
        return blockSizeBytes;
    }

    public boolean generateEmptyFile() {
        return generateEmptyFile;
    }

    public boolean writeSingleObject() {
        return writeSingleObject;
    }

    /** The {@code objectNameTemplate}, or null for upstream naming. */
    public String objectNameTemplate() {
        return objectNameTemplate;
    }

    /** Parts of one task that may be uploading while the next one fills. */
    public int maxInFlightParts() {
        return maxInFlightParts;
    }

    /** How many of the last columns of an object's first record name it ({@code partition}); 0 for none. */
    public int partitionColumns() {
        return partitionColumns;
    }

    @Override
    public String toString() {
        return "osswriter[" + connection + ", object=" + object + ", writeMode=" + writeMode.jobValue()
                + ", format=" + writers
                + ", blockSize=" + blockSizeBytes + ", singleObject=" + writeSingleObject
                + (partitionColumns > 0 ? ", partition=last " + partitionColumns + " columns" : "") + "]";
    }
}
