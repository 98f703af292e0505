package io.ots2oss.osswriter;

import java.util.Collections;
import java.util.Map;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.util.Configuration;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.DatasourceLookup;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.config.WriterConfigParser;
import io.ots2oss.osswriter.upload.OssClients;
import io.ots2oss.osswriter.upload.OssFailure;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.Retrier;

/** Glue between DataX's API and the writer's parts: parsing, clients, and error translation. */
final class PluginSupport {
    private PluginSupport() {
    }

    @SuppressWarnings("unchecked")
    static WriterConfig parse(Configuration conf) {
        try {
            Object root = conf.getInternal();
            if (!(root instanceof Map)) {
                throw new ConfigError("parameter", "The writer's 'parameter' must be a JSON object.");
            }
            return new WriterConfigParser(datasources()).parse((Map<String, Object>) root);
        } catch (ConfigError e) {
            throw DataXException.asDataXException(OssWriterErrorCode.CONFIG_INVALID, e.getMessage());
        }
    }

    static DatasourceLookup datasources() {
        return new CatalogDatasources();
    }

    static OssGateway gateway(WriterConfig config, int maxConnections) {
        return gateway(config, maxConnections, Collections.<String, String>emptyMap());
    }

    /** @param objectMetadata user metadata every object written through the gateway carries */
    static OssGateway gateway(WriterConfig config, int maxConnections, Map<String, String> objectMetadata) {
        return new OssGateway(OssClients.create(config.connection(), maxConnections), config.connection().bucket(),
                config.connection().encrypt(), Retrier.standard(), objectMetadata);
    }

    /** Runs an OSS or configuration step, turning failures into DataX errors with clear messages. */
    static void guard(Runnable step) {
        try {
            step.run();
        } catch (ConfigError e) {
            throw DataXException.asDataXException(OssWriterErrorCode.CONFIG_INVALID, e.getMessage());
        } catch (OssFailure e) {
            throw DataXException.asDataXException(OssWriterErrorCode.OSS_FAILED, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw DataXException.asDataXException(OssWriterErrorCode.ILLEGAL_VALUE, e.getMessage(), e);
        }
    }
}
