package io.ots2oss.osswriter.format;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.common.config.KeyReader;

/** A format users choose with {@code fileFormat}: reads and validates its own keys once, at job start. */
public interface OutputFormat {
    /**
     * The provider of this format's record writers. {@code shared} holds the rendering keys common to the textual
     * formats; a format reads any key of its own from {@code params} and throws a {@code ConfigError} naming
     * the key for a bad value.
     */
    RecordWriterProvider configure(KeyReader params, FormatConfig shared);
}
