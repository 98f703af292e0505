package io.ots2oss.osswriter.format;

/**
 * What the columnar formats (Parquet, ORC) share: one fixed extension, and one footer per file, so several tasks'
 * outputs can never be concatenated into one object.
 */
public abstract class FooteredProvider implements RecordWriterProvider {
    private final String fileFormat;
    private final String extension;

    protected FooteredProvider(String fileFormat) {
        this.fileFormat = fileFormat;
        this.extension = "." + fileFormat;
    }

    @Override
    public final String fileFormat() {
        return fileFormat;
    }

    @Override
    public final String nameExtension() {
        return extension;
    }

    @Override
    public final String templateExtension() {
        return extension;
    }

    @Override
    public final boolean concatenable() {
        return false;
    }
}
