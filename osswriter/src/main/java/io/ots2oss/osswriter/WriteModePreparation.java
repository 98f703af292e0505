package io.ots2oss.osswriter;

import java.util.Collections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.WriteMode;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.single.SingleObjectLayout;
import io.ots2oss.osswriter.upload.AccessCheck;
import io.ots2oss.osswriter.upload.OssGateway;

/** Checks, then applies, {@code writeMode} before any task writes. */
final class WriteModePreparation {
    private static final Logger LOG = LoggerFactory.getLogger(WriteModePreparation.class);

    private final WriterConfig config;
    private final OssGateway gateway;

    WriteModePreparation(WriterConfig config, OssGateway gateway) {
        this.config = config;
        this.gateway = gateway;
    }

    /** Reads only: the bucket exists, the credentials work, and nonConflict finds nothing in the way. */
    void check() {
        AccessCheck.verify(gateway, config.connection());
        if (config.writeMode() == WriteMode.NON_CONFLICT) {
            checkNoConflict();
        }
    }

    /** The changes {@code writeMode} asks for; {@link #check()} has passed. */
    void apply() {
        if (config.writeMode() == WriteMode.TRUNCATE) {
            truncate();
        }
    }

    /** Uploads first: an upload a killed run left open would otherwise stay (and be billed) forever. */
    private void truncate() {
        final String object = config.object();
        if (config.writeSingleObject()) {
            long aborted = gateway.abortUploadsUnder(object, new OssGateway.KeyFilter() {
                @Override
                public boolean accept(String key) {
                    return key.equals(object) || key.startsWith(SingleObjectLayout.temporaryPrefixOf(object));
                }
            });
            LOG.info("writeMode truncate: aborted {} multipart uploads in progress on {} and deleting the object", aborted, object);
            gateway.deleteKeys(Collections.singletonList(object));
            return;
        }
        long aborted = gateway.abortUploadsUnder(object, OssGateway.KeyFilter.ALL);
        long deleted = gateway.deleteByPrefix(object);
        LOG.info("writeMode truncate: aborted {} multipart uploads in progress and deleted {} objects starting with {}",
                aborted, deleted, object);
    }

    private void checkNoConflict() {
        boolean conflict = config.writeSingleObject() ? gateway.exists(config.object()) : gateway.anyKeyStartsWith(config.object());
        if (conflict) {
            throw new ConfigError("writeMode", "Job key 'writeMode' = [nonConflict] but objects starting with ["
                    + config.object() + "] already exist in bucket " + config.connection().bucket()
                    + ": use truncate or append, or another object prefix.");
        }
    }
}
