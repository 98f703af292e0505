package io.ots2oss.otsstreamreader.decode;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;

import java.io.IOException;

/** The upstream type mapping: INTEGER→Long, STRING→String, BINARY→Bytes, DOUBLE→Double, BOOLEAN→Bool. */
public final class ColumnConverter {
    private ColumnConverter() {
    }

    public static Column of(PrimaryKeyValue value) {
        if (value.isInfMin() || value.isInfMax() || value.isPlaceHolderForAutoIncr()) {
            throw new IllegalArgumentException("Unsupported primary key value: " + value);
        }
        try {
            return of(value.toColumnValue());
        } catch (IOException e) {
            throw new IllegalArgumentException("Unsupported primary key value: " + value, e);
        }
    }

    public static Column of(ColumnValue value) {
        switch (value.getType()) {
            case STRING:
                return new StringColumn(value.asString());
            case INTEGER:
                return new LongColumn(value.asLong());
            case BINARY:
                return new BytesColumn(value.asBinary());
            case BOOLEAN:
                return new BoolColumn(value.asBoolean());
            case DOUBLE:
                return new DoubleColumn(value.asDouble());
            default:
                throw new IllegalArgumentException("Unsupported column type: " + value.getType());
        }
    }

    /** A null value. DataX columns have no public mutators, so one instance serves every line. */
    private static final Column NULL = new StringColumn(null);

    public static Column nullColumn() {
        return NULL;
    }
}
