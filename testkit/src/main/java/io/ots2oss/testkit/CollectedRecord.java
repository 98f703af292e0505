package io.ots2oss.testkit;

import java.util.List;
import java.util.stream.Collectors;

/** One record {@code collectwriter} wrote; {@code toString()} is e.g. {@code LONG:1|STRING:abc|STRING:<null>}. */
public record CollectedRecord(int taskId, List<Cell> cells) {

    public CollectedRecord {
        cells = List.copyOf(cells);
    }

    public Cell cell(int index) {
        return cells.get(index);
    }

    @Override
    public String toString() {
        return cells.stream().map(Cell::toString).collect(Collectors.joining("|"));
    }
}
