package io.ots2oss.otsstreamreader.config;

/** One configured column of row mode. */
public final class RowColumn {
    private final String name;
    private final boolean timeseriesTag;

    public RowColumn(String name, boolean timeseriesTag) {
        this.name = name;
        this.timeseriesTag = timeseriesTag;
    }

    public String name() {
        return name;
    }

    public boolean timeseriesTag() {
        return timeseriesTag;
    }

    @Override
    public String toString() {
        return timeseriesTag ? name + "(tag)" : name;
    }
}
