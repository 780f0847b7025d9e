package org.scrworkflow.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's own log, sent through SLF4J like every other log line of the application (so that the
 * structured log format and the log levels of application.yaml apply to it). Left alone, it prints
 * "com.openhtmltopdf.* INFO::" lines straight to the console. Its INFO messages (fonts, renderer set-up) go to
 * DEBUG; its warnings and errors stay warnings and errors.
 */
final class PdfLogging implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger logger = LoggerFactory.getLogger(where);
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      logger.error(message, error);
    } else if (value >= Level.WARNING.intValue()) {
      logger.warn(message, error);
    } else if (value >= Level.INFO.intValue()) {
      logger.debug(message, error);
    } else {
      logger.trace(message, error);
    }
  }

  @Override
  public void setLevel(String where, Level level) {
    // levels are set in application.yaml (logging.level.com.openhtmltopdf), not by the renderer
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int value = diagnostic.getLevel().intValue();
    return value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
        : value >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
  }
}
