package io.ots2oss.osswriter.config;

/** One entry of {@code column} for Parquet: a name and a DataX-style type. */
public final class ParquetColumn {
    private final String name;
    private final String type;

    public ParquetColumn(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }
}
