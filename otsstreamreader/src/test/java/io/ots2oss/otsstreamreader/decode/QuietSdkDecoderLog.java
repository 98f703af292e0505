package io.ots2oss.otsstreamreader.decode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCodedInputStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/** Silences the SDK's decoder, which logs every checksum mismatch at ERROR with the whole buffer, for a test class. */
final class QuietSdkDecoderLog implements BeforeAllCallback, AfterAllCallback {
    private static final Logger LOG = (Logger) LoggerFactory.getLogger(PlainBufferCodedInputStream.class);
    private Level level;

    @Override
    public void beforeAll(ExtensionContext context) {
        level = LOG.getLevel();
        LOG.setLevel(Level.OFF);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LOG.setLevel(level);
    }
}
