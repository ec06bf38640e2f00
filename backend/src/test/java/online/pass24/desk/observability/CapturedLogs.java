package online.pass24.desk.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The events logged to some loggers while a test runs, with the MDC of the thread that logged them. */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;

    private CapturedLogs(List<Logger> loggers) {
        this.loggers = loggers;
    }

    static CapturedLogs of(String... names) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Logger> loggers = java.util.Arrays.stream(names).map(context::getLogger).toList();
        CapturedLogs captured = new CapturedLogs(loggers);
        captured.setContext(context);
        captured.start();
        loggers.forEach(logger -> logger.addAppender(captured));
        return captured;
    }

    @Override
    protected void append(ILoggingEvent event) {
        // the MDC is read from the logging thread now, not from the test's thread later
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    ILoggingEvent await(Predicate<ILoggingEvent> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (ILoggingEvent event : events) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No such log line; got " + events.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.detachAppender(this));
        stop();
    }
}
