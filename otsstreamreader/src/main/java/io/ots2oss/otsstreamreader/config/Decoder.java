package io.ots2oss.otsstreamreader.config;

/** Which code decodes GetStreamRecord replies (job key {@code decoder}). */
public enum Decoder {
    /** Ours: straight from the reply's bytes into the layouts' records, checksums verified. The default. */
    LEAN,
    /** The Tablestore SDK's own parsing, as upstream uses it; kept for one release as a fallback. */
    SDK
}
