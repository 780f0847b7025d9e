package org.scrworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;

import com.openhtmltopdf.util.XRLog;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PdfLoggingTest {

  @Test
  @DisplayName("The PDF renderer logs through SLF4J: its set-up messages are debug lines, not raw console output")
  void rendererLogsThroughSlf4j(CapturedOutput output) {
    byte[] pdf = new PdfRenderer().render("text-document",
        Map.of("title", "Logging check", CASE_REFERENCE.name(), "CR-0001", "text", "A fictional document."));

    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    assertThat(XRLog.getLoggerImpl()).isInstanceOf(PdfLogging.class);
    // left alone, openhtmltopdf prints "com.openhtmltopdf.load INFO:: ..." straight to the console
    assertThat(output.getAll()).doesNotContain("INFO::");

    XRLog.getLoggerImpl().log(XRLog.CSS_PARSE, Level.WARNING, "a fictional CSS warning");
    assertThat(output.getAll()).contains("a fictional CSS warning").contains("WARN")
        .doesNotContain("WARNING::");
  }
}
