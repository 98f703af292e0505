package io.ots2oss.osswriter.format.parquet;

import java.util.HashMap;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes already converted field values (see {@link RecordConverter}). */
final class ValuesWriteSupport extends WriteSupport<Object[]> {
    private final MessageType schema;
    private final ValueConverter[] converters;
    private RecordConsumer consumer;

    ValuesWriteSupport(MessageType schema, ValueConverter[] converters) {
        this.schema = schema;
        this.converters = converters;
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, new HashMap<String, String>());
    }

    /** Required by the abstract API; never called because the writer is built with a plain ParquetConfiguration. */
    @SuppressWarnings("deprecation")
    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        return new WriteContext(schema, new HashMap<String, String>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] values) {
        consumer.startMessage();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                converters[i].emit(consumer, values[i]);
            }
        }
        consumer.endMessage();
    }
}
