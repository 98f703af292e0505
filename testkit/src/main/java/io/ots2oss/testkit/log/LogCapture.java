package io.ots2oss.testkit.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures what is logged at INFO and above (by the container and by the plugins, which log through the same slf4j
 * from DataX's lib/) while a job runs. Needs logback as the slf4j binding, as in DataX; with another binding the
 * captured text stays empty.
 */
public final class LogCapture implements AutoCloseable {

    private static final int MAX_CHARS = 8 * 1024 * 1024;
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{0} - %msg%n";

    private final StringBuilder text = new StringBuilder();
    private boolean truncated;
    private final Capturing appender;

    private LogCapture() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            appender = new Capturing(context);
            appender.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        } else {
            appender = null;
        }
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public String text() {
        synchronized (text) {
            return text.toString();
        }
    }

    @Override
    public void close() {
        if (appender != null) {
            appender.context().getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
        }
    }

    private final class Capturing extends AppenderBase<ILoggingEvent> {

        private final LoggerContext loggerContext;
        private final PatternLayout layout = new PatternLayout();

        Capturing(LoggerContext context) {
            this.loggerContext = context;
            setContext(context);
            setName("testkit-capture-" + System.identityHashCode(this));
            layout.setContext(context);
            layout.setPattern(PATTERN);
            layout.start();
        }

        LoggerContext context() {
            return loggerContext;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (!event.getLevel().isGreaterOrEqual(Level.INFO)) {
                return;
            }
            String line = layout.doLayout(event);
            synchronized (text) {
                if (text.length() + line.length() <= MAX_CHARS) {
                    text.append(line);
                } else if (!truncated) {
                    truncated = true;
                    text.append("... [log truncated]\n");
                }
            }
        }
    }
}
