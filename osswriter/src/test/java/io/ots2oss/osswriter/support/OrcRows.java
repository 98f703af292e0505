package io.ots2oss.osswriter.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DecimalColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

/**
 * Reads an ORC file with the ORC library's own reader API into plain Java values:
 * Long, Double, BigDecimal, java.sql.Timestamp (UTC), String, byte[] or null.
 */
public final class OrcRows {
    private final Reader reader;
    private final List<Object[]> rows;

    private OrcRows(Reader reader, List<Object[]> rows) {
        this.reader = reader;
        this.rows = rows;
    }

    public static OrcRows read(byte[] bytes) throws IOException {
        {
            Reader reader = OrcFile.createReader(new org.apache.hadoop.fs.Path("/object.orc"),
                    OrcFile.readerOptions(new Configuration(false)).filesystem(new BytesFileSystem(bytes)).useUTCTimestamp(true));
            TypeDescription schema = reader.getSchema();
            List<Object[]> rows = new ArrayList<>();
            try (RecordReader records = reader.rows(reader.options().useSelected(false))) {
                VectorizedRowBatch batch = schema.createRowBatch();
                while (records.nextBatch(batch)) {
                    for (int r = 0; r < batch.size; r++) {
                        Object[] row = new Object[batch.numCols];
                        for (int c = 0; c < batch.numCols; c++) {
                            row[c] = value(schema.getChildren().get(c), batch.cols[c], r);
                        }
                        rows.add(row);
                    }
                }
            }
            return new OrcRows(reader, rows);
        }
    }

    private static Object value(TypeDescription type, ColumnVector vector, int row) {
        int r = vector.isRepeating ? 0 : row;
        if (!vector.noNulls && vector.isNull[r]) {
            return null;
        }
        switch (type.getCategory()) {
            case BOOLEAN:
            case BYTE:
            case SHORT:
            case INT:
            case LONG:
            case DATE:
                return ((LongColumnVector) vector).vector[r];
            case FLOAT:
            case DOUBLE:
                return ((DoubleColumnVector) vector).vector[r];
            case DECIMAL:
                return ((DecimalColumnVector) vector).vector[r].getHiveDecimal().bigDecimalValue();
            case TIMESTAMP:
                return ((TimestampColumnVector) vector).asScratchTimestamp(r).clone();
            case BINARY:
                BytesColumnVector binary = (BytesColumnVector) vector;
                return java.util.Arrays.copyOfRange(binary.vector[r], binary.start[r], binary.start[r] + binary.length[r]);
            default:
                return ((BytesColumnVector) vector).toString(r);
        }
    }

    public Reader reader() {
        return reader;
    }

    public TypeDescription schema() {
        return reader.getSchema();
    }

    public List<Object[]> rows() {
        return rows;
    }
}
