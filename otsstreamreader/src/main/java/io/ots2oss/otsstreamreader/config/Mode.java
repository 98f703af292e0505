package io.ots2oss.otsstreamreader.config;

/** Output layout: one record per cell change, or one record per row change (§2.2 / §2.3 of the upstream notes). */
public enum Mode {
    MULTI_VERSION,
    SINGLE_VERSION_AND_UPDATE_ONLY
}
