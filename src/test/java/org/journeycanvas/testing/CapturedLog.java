package org.journeycanvas.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a class logs while a test provokes it on purpose, kept for the test to check instead of printed into the
 * build's output, where a stack trace would look like a failure.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final boolean usedParentHandlers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private CapturedLog(Class<?> source) {
        logger = Logger.getLogger(source.getName());
        usedParentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /** Captures what {@code source} logs (through its class-named logger) until closed. */
    public static CapturedLog of(Class<?> source) {
        return new CapturedLog(source);
    }

    /** The messages logged so far, with the message of what was thrown, if anything was. */
    public List<String> messages() {
        return records.stream()
                .map(record -> record.getMessage()
                        + (record.getThrown() == null
                                ? ""
                                : ": " + record.getThrown().getMessage()))
                .toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
