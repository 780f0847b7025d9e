package org.scrworkflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an OpenDocument text (ODT) from its zip: styles.xml (headers, footers, and which styles hide text),
 * content.xml (body, notes, comments and their authors, tracked deletions and their authors, hidden text,
 * alternative text of frames) and meta.xml (title, subject, keywords, author, custom properties), with the JDK's XML
 * parser. An embedded object ("Object 1/") is reported for a person to confirm.
 */
final class OdfText {

  static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

  private OdfText() {}

  static boolean isOdt(Map<String, byte[]> entries) {
    byte[] mimetype = entries.get("mimetype");
    return mimetype != null && new String(mimetype, StandardCharsets.US_ASCII).strip().startsWith(MEDIA_TYPE);
  }

  static void read(byte[] content, PartsBuilder parts) throws IOException, SAXException {
    Set<String> objects = new HashSet<>();
    Map<String, byte[]> entries = ZipLimits.unzip(content, name -> {
      if (name.startsWith("Object ") && name.indexOf('/') > 0) {
        objects.add(name.substring(0, name.indexOf('/')));
      }
      return name.equals("mimetype") || name.equals("content.xml") || name.equals("styles.xml")
          || name.equals("meta.xml");
    });
    if (!isOdt(entries) || !entries.containsKey("content.xml")) {
      throw new IOException("not an OpenDocument text");
    }
    Set<String> hiddenStyles = new HashSet<>();
    if (entries.containsKey("styles.xml")) {
      SafeXml.parse(new ByteArrayInputStream(entries.get("styles.xml")), new Handler(parts, hiddenStyles));
    }
    SafeXml.parse(new ByteArrayInputStream(entries.get("content.xml")), new Handler(parts, hiddenStyles));
    if (entries.containsKey("meta.xml")) {
      SafeXml.parse(new ByteArrayInputStream(entries.get("meta.xml")), new MetaHandler(parts));
    }
    objects.stream().sorted().forEach(object -> parts.confirm("embedded object", "the document carries an"
        + " embedded object, which this check does not read: open it and check it identifies no one, or remove it"));
  }

  /**
   * Text elements route their characters to the part they belong to; a stack keeps the part of each open element,
   * so that a note inside a paragraph, or a deletion inside the tracked changes, goes to its own part and the
   * paragraph goes on after it.
   */
  private static final class Handler extends DefaultHandler {
    private final PartsBuilder parts;
    private final Set<String> hiddenStyles;
    private final Deque<String> routes = new ArrayDeque<>();
    private String styleBeingRead;
    private int notes;
    private int comments;
    private boolean inChangeInfo;

    Handler(PartsBuilder parts, Set<String> hiddenStyles) {
      this.parts = parts;
      this.hiddenStyles = hiddenStyles;
    }

    private String current() {
      return routes.isEmpty() ? null : routes.peek();
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      String route = current();
      route = route == null || route.isEmpty() ? null : route;
      String styleName = WordText.value(attributes, "style-name");
      switch (local) {
        case "style" -> styleBeingRead = WordText.value(attributes, "name");
        case "text-properties" -> {
          if (styleBeingRead != null && "none".equals(WordText.value(attributes, "display"))) {
            hiddenStyles.add(styleBeingRead);
          }
        }
        case "body" -> route = "body";
        case "header", "header-left", "header-first" -> route = "header";
        case "footer", "footer-left", "footer-first" -> route = "footer";
        case "note" -> route = ("endnote".equals(WordText.value(attributes, "note-class")) ? "endnote " : "footnote ")
            + ++notes;
        case "note-citation" -> route = null;
        case "annotation" -> route = "comment " + ++comments;
        case "creator", "initial-creator" -> route = route == null ? null
            : inChangeInfo ? "author of a tracked change" : route + ", author";
        case "date" -> route = null;
        case "tracked-changes" -> route = "tracked changes";
        case "deletion" -> route = "deleted text (tracked change)";
        case "change-info" -> inChangeInfo = true;
        case "hidden-text", "hidden-paragraph" -> {
          route = where(route, "hidden text");
          append(route, WordText.value(attributes, "string-value"));
        }
        case "title", "desc" -> {
          if (uri.contains("svg")) {
            route = where(route, "alternative text of an image");
          }
        }
        case "s", "tab" -> append(route, " ");
        case "line-break" -> append(route, "\n");
        default -> {
          // text of the enclosing part
        }
      }
      if (route != null && ("section".equals(local) && "none".equals(WordText.value(attributes, "display"))
          || styleName != null && hiddenStyles.contains(styleName))) {
        route = where(route, "hidden text");
      }
      if ("a".equals(local)) {
        append(where(route, "link addresses"), WordText.value(attributes, "href"));
      }
      routes.push(route == null ? "" : route);
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      String route = routes.pop();
      if (local.equals("style")) {
        styleBeingRead = null;
      } else if (local.equals("change-info")) {
        inChangeInfo = false;
      } else if (local.equals("p") || local.equals("h")) {
        parts.endLine(route.isEmpty() ? null : route);
      } else if (local.equals("creator") || local.equals("a")) {
        parts.endLine(route.isEmpty() ? null : route);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      String route = current();
      if (route != null && !route.isEmpty()) {
        parts.append(route, new String(ch, start, length));
      }
    }

    private static String where(String route, String what) {
      if (route == null || route.isEmpty()) {
        return what;
      }
      return route.endsWith(what) ? route : route + ", " + what;
    }

    private void append(String route, String text) {
      if (route != null && !route.isEmpty() && text != null) {
        parts.append(route, text);
      }
    }
  }

  /** meta.xml: each property named as it reads ({@code dc:creator} is "author"), custom ones by their name. */
  private static final class MetaHandler extends DefaultHandler {
    private String property;

    private final PartsBuilder parts;

    MetaHandler(PartsBuilder parts) {
      this.parts = parts;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      property = switch (local) {
        case "title", "subject", "description", "keyword" -> local.equals("keyword") ? "keywords" : local;
        case "creator" -> "author";
        case "initial-creator" -> "initial author";
        case "user-defined" -> {
          String name = WordText.value(attributes, "name");
          parts.append("property \"" + name + "\"", name + ": ");
          yield name;
        }
        default -> null;
      };
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (property != null) {
        parts.endLine("property \"" + property + "\"");
      }
      property = null;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (property != null) {
        parts.append("property \"" + property + "\"", new String(ch, start, length));
      }
    }
  }
}
