package org.scrworkflow.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a document template (resources/document/NAME.html, XHTML with Thymeleaf) to PDF. */
@Component
public class PdfRenderer {

  private final TemplateEngine templates;

  public PdfRenderer() {
    XRLog.setLoggerImpl(new PdfLogging());
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("document/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    templates = new TemplateEngine();
    templates.setTemplateResolver(resolver);
  }

  public byte[] render(String template, Map<String, Object> values) {
    String xhtml = templates.process(template, new Context(Locale.UK, values));
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render " + template + " to PDF", e);
    }
  }
}
