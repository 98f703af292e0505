package io.ots2oss.osswriter;

import java.util.Collections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ots2oss.osswriter.config.ConfigException;
import io.ots2oss.osswriter.config.WriteMode;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.upload.OssGateway;

/** Applies {@code writeMode} before any task writes. */
final class WriteModePreparation {
    private static final Logger LOG = LoggerFactory.getLogger(WriteModePreparation.class);

    private final WriterConfig config;
    private final OssGateway gateway;

    WriteModePreparation(WriterConfig config, OssGateway gateway) {
        this.config = config;
        this.gateway = gateway;
    }

    void apply() {
        if (!gateway.bucketExists()) {
            throw new ConfigException("bucket", "Job key 'bucket' = [" + config.connection().bucket()
                    + "]: the bucket does not exist (osswriter never creates buckets).");
        }
        WriteMode mode = config.writeMode();
        if (mode == WriteMode.TRUNCATE) {
            truncate();
        } else if (mode == WriteMode.NON_CONFLICT) {
            checkNoConflict();
        }
    }

    private void truncate() {
        if (config.writeSingleObject()) {
            LOG.info("writeMode truncate: deleting the object {}", config.object());
            gateway.deleteKeys(Collections.singletonList(config.object()));
            return;
        }
        long deleted = gateway.deleteByPrefix(config.object());
        LOG.info("writeMode truncate: deleted {} objects starting with {}", deleted, config.object());
    }

    private void checkNoConflict() {
        boolean conflict = config.writeSingleObject() ? gateway.exists(config.object()) : gateway.anyKeyStartsWith(config.object());
        if (conflict) {
            throw new ConfigException("writeMode", "Job key 'writeMode' = [nonConflict] but objects starting with ["
                    + config.object() + "] already exist in bucket " + config.connection().bucket()
                    + ": use truncate or append, or another object prefix.");
        }
    }
}
