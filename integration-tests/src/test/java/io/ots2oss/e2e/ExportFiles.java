package io.ots2oss.e2e;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a window's exported objects back from the bucket as a consumer would: CSV as RFC 4180 with {@code \N} for
 * null, Parquet with parquet-java's own reader. Values are typed by {@link LedgerTable#typeOf}.
 */
final class ExportFiles {
    static final String CSV_NULL = "\\N";

    private ExportFiles() {
    }

    static List<ExportedChange> csv(BucketView bucket, String prefix) {
        List<ExportedChange> changes = new ArrayList<>();
        for (String key : bucket.keys(prefix)) {
            for (List<String> fields : csvRecords(new String(bucket.bytes(key), StandardCharsets.UTF_8))) {
                List<Object> typed = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    typed.add(parse(fields.get(i), LedgerTable.typeOf(LedgerTable.EXPORT_COLUMNS.get(i))));
                }
                changes.add(ExportedChange.of(typed));
            }
        }
        return changes;
    }

    static List<ExportedChange> parquet(BucketView bucket, String prefix, Path scratch) {
        List<ExportedChange> changes = new ArrayList<>();
        try {
            for (String key : bucket.keys(prefix)) {
                Path file = Files.write(scratch.resolve(key.replace('/', '_')), bucket.bytes(key));
                try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), ParquetReadOptions.builder().build())) {
                    MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                    PageReadStore pages;
                    while ((pages = reader.readNextRowGroup()) != null) {
                        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
                        for (long i = 0; i < pages.getRowCount(); i++) {
                            changes.add(ExportedChange.of(fields(records.read())));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }

    private static List<Object> fields(Group row) {
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < LedgerTable.EXPORT_COLUMNS.size(); i++) {
            if (row.getFieldRepetitionCount(i) == 0) {
                fields.add(null);
                continue;
            }
            switch (LedgerTable.typeOf(LedgerTable.EXPORT_COLUMNS.get(i))) {
                case STRING -> fields.add(row.getString(i, 0));
                case LONG -> fields.add(row.getLong(i, 0));
                case DOUBLE -> fields.add(row.getDouble(i, 0));
                case BOOLEAN -> fields.add(row.getBoolean(i, 0));
            }
        }
        return fields;
    }

    private static Object parse(String field, LedgerTable.Type type) {
        if (field == null) {
            return null;
        }
        return switch (type) {
            case STRING -> field;
            case LONG -> Long.parseLong(field);
            case DOUBLE -> Double.parseDouble(field);
            case BOOLEAN -> Boolean.parseBoolean(field);
        };
    }

    /** RFC 4180 records; an unquoted {@code \N} is null, a quoted one would be the text. */
    static List<List<String>> csvRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                record.add(!wasQuoted && field.toString().equals(CSV_NULL) ? null : field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    records.add(record);
                    record = new ArrayList<>();
                }
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || wasQuoted || !record.isEmpty()) {
            record.add(!wasQuoted && field.toString().equals(CSV_NULL) ? null : field.toString());
            records.add(record);
        }
        return records;
    }
}
