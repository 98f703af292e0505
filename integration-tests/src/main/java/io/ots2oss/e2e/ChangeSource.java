package io.ots2oss.e2e;

/** Generates the next batch of row changes of a scenario, every cell at the given version. */
public interface ChangeSource {
    ChangeBatch next(int count, long versionMillis);
}
