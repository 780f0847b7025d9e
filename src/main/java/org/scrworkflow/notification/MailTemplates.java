package org.scrworkflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification from the files in resources/mail: the body text of each template id
 * (notification-texts.properties) inside one plain-text and one HTML layout.
 */
@Component
public class MailTemplates {

  /** A rendered notification. */
  public record Rendered(String text, String html) {}

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final Properties bodies = new Properties();

  public MailTemplates() {
    try (InputStream in = getClass().getResourceAsStream("/mail/notification-texts.properties")) {
      bodies.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The notification as every recipient reads it, without anyone's link: for the letter kept with the case and the
   * log. A notice behind links says that each recipient was sent one.
   */
  public Rendered render(OutgoingNotification notification) {
    return render(notification, null);
  }

  /** The notification as that one recipient reads it, with their own link to the full notice if it has one. */
  public Rendered renderFor(OutgoingNotification notification, String recipient) {
    return render(notification, notification.links().get(recipient));
  }

  private Rendered render(OutgoingNotification notification, String link) {
    String pattern = bodies.getProperty(notification.template());
    if (pattern == null) {
      throw new IllegalArgumentException("No text for notification template '" + notification.template()
          + "' in mail/notification-texts.properties");
    }
    Context context = new Context(Locale.UK);
    context.setVariable("subject", notification.subject());
    context.setVariable("caseReference", notification.caseReference());
    context.setVariable("body", MessageFormat.format(pattern.replace("'", "''"), notification.caseReference(),
        notification.childPseudonym() == null ? "the child" : notification.childPseudonym()));
    context.setVariable("dueDate", notification.dueDate());
    context.setVariable("link", link);
    context.setVariable("linked", notification.linked());
    context.setVariable("linkValidUntil", notification.linkValidUntil());
    return new Rendered(text.process("notification", context), html.process("notification", context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
