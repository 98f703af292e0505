package io.ots2oss.osswriter.format.orc;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.format.FooteredProvider;
import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/** Opens ORC writers of one validated struct type and codec. */
public final class OrcWriters extends FooteredProvider {
    private final String schema;
    private final OrcCodec codec;

    OrcWriters(String schema, OrcCodec codec) {
        super("orc");
        this.schema = schema;
        this.codec = codec;
    }

    /** The struct type in ORC's syntax, such as {@code struct<id:bigint,name:string>}. */
    public String schema() {
        return schema;
    }

    public OrcCodec codec() {
        return codec;
    }

    @Override
    public <S extends OutputStream & BytesCounter> RecordWriter open(S objectStream, String objectName, int partSizeBytes) throws IOException {
        return new OrcRecordWriter(objectStream, objectStream, schema, codec, partSizeBytes);
    }

    @Override
    public String toString() {
        return "orc+" + codec.jobValue();
    }
}
