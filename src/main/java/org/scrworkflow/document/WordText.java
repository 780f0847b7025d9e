package org.scrworkflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Word document (DOCX) part by part: POI opens the package (its parts and their relationships); the JDK's
 * parser reads each part's XML, so that nothing Word keeps is skipped: deleted text of tracked changes and their
 * authors, hidden text, field codes, alternative text of images, text boxes, charts and diagrams, custom XML, the
 * core, application and custom properties, and the addresses of links.
 */
final class WordText {

  private static final Pattern NUMBER = Pattern.compile("(\\d+)\\.xml$");

  private WordText() {}

  static void read(byte[] content, PartsBuilder parts) throws IOException, SAXException {
    ZipLimits.unzip(content, name -> false);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      List<PackagePart> all = new ArrayList<>(pkg.getParts());
      Set<String> hiddenStyles = new HashSet<>();
      for (PackagePart part : all) {
        if (part.getContentType().endsWith("wordprocessingml.styles+xml")) {
          parse(part, new HiddenStylesHandler(hiddenStyles));
        }
      }
      for (PackagePart part : all) {
        if (!(part instanceof PackagePropertiesPart)) {
          readPart(part, parts, hiddenStyles);
        }
      }
      coreProperties(pkg.getPackageProperties(), parts);
      for (PackagePart part : all) {
        if (!part.isRelationshipPart()) {
          for (PackageRelationship link : part.getRelationships()) {
            if (link.getTargetMode() == TargetMode.EXTERNAL) {
              parts.append("link addresses", link.getTargetURI().toString() + "\n");
            }
          }
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException("not a Word document", e);
    }
  }

  /** The core properties, which POI reads itself: author, title, subject, keywords, comments and the rest. */
  private static void coreProperties(PackageProperties core, PartsBuilder parts) {
    Map<String, Optional<String>> properties = new LinkedHashMap<>();
    properties.put("author", core.getCreatorProperty());
    properties.put("title", core.getTitleProperty());
    properties.put("subject", core.getSubjectProperty());
    properties.put("keywords", core.getKeywordsProperty());
    properties.put("comments", core.getDescriptionProperty());
    properties.put("last modified by", core.getLastModifiedByProperty());
    properties.put("category", core.getCategoryProperty());
    properties.put("status", core.getContentStatusProperty());
    properties.put("identifier", core.getIdentifierProperty());
    properties.put("language", core.getLanguageProperty());
    properties.put("version", core.getVersionProperty());
    properties.forEach((name, value) -> value.ifPresent(text -> parts.append("property \"" + name + "\"", text)));
  }

  private static void readPart(PackagePart part, PartsBuilder parts, Set<String> hiddenStyles)
      throws IOException, SAXException {
    String type = part.getContentType();
    String name = part.getPartName().getName();
    String number = number(name);
    if (name.startsWith("/word/embeddings/")) {
      parts.confirm("embedded object " + number, "the document carries an embedded file or object, which this check"
          + " does not read: open it and check it identifies no one, or remove it");
      return;
    }
    String base = null;
    String item = null;
    if (type.endsWith(".main+xml") && type.contains("wordprocessingml")) {
      base = "body";
    } else if (type.endsWith("wordprocessingml.header+xml")) {
      base = "header " + number;
    } else if (type.endsWith("wordprocessingml.footer+xml")) {
      base = "footer " + number;
    } else if (type.endsWith("wordprocessingml.footnotes+xml")) {
      item = "footnote";
    } else if (type.endsWith("wordprocessingml.endnotes+xml")) {
      item = "endnote";
    } else if (type.endsWith("wordprocessingml.comments+xml")) {
      item = "comment";
    } else if (type.endsWith("document.glossary+xml")) {
      base = "building blocks";
    }
    if (base != null || item != null) {
      parse(part, new WordHandler(parts, base, item, hiddenStyles));
    } else if (type.endsWith("wordprocessingml.people+xml")) {
      parse(part, new AttributeHandler(parts, "authors of comments", "author"));
    } else if (type.endsWith("drawingml.chart+xml")) {
      parse(part, new PlainHandler(parts, "chart " + number));
    } else if (type.endsWith("drawingml.diagramData+xml")) {
      parse(part, new PlainHandler(parts, "diagram " + number));
    } else if (name.startsWith("/customXml/item") && !name.contains("Props")) {
      parse(part, new PlainHandler(parts, "custom XML " + number));
    } else if (type.endsWith("extended-properties+xml") || type.endsWith("custom-properties+xml")) {
      parse(part, new PropertiesHandler(parts));
    }
  }

  private static String number(String partName) {
    Matcher matcher = NUMBER.matcher(partName);
    return matcher.find() ? matcher.group(1) : "1";
  }

  private static void parse(PackagePart part, DefaultHandler handler) throws IOException, SAXException {
    try (InputStream xml = part.getInputStream()) {
      SafeXml.parse(xml, handler);
    }
  }

  /**
   * WordprocessingML: text of runs ({@code t}, DrawingML's {@code a:t} too), deleted text ({@code delText} and runs
   * inside {@code del} or {@code moveFrom}), hidden runs ({@code vanish}), field codes, alternative text, authors.
   * Each comment, footnote and endnote is its own part, counted as a person counts them.
   */
  private static final class WordHandler extends DefaultHandler {
    private final PartsBuilder parts;
    private final String fixedBase;
    private final String itemKind;
    private String base;
    private int items;
    private int deleted;
    private final Set<String> hiddenStyles;
    private int runs;
    private boolean hiddenRun;
    private boolean hiddenParagraph;
    private String textRoute;

    WordHandler(PartsBuilder parts, String base, String itemKind, Set<String> hiddenStyles) {
      this.parts = parts;
      this.hiddenStyles = hiddenStyles;
      this.fixedBase = base;
      this.itemKind = itemKind;
      this.base = base;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      switch (local) {
        case "comment", "footnote", "endnote" -> {
          if (itemKind != null && local.equals(itemKind) && !isSeparator(attributes)) {
            base = itemKind + " " + ++items;
            author(attributes, base + ", author");
          }
        }
        case "del", "moveFrom" -> {
          deleted++;
          author(attributes, where("author of a tracked change"));
        }
        case "ins", "moveTo" -> author(attributes, where("author of a tracked change"));
        case "r" -> {
          runs++;
          hiddenRun = false;
        }
        case "vanish", "specVanish" -> hiddenRun |= runs > 0 && isOn(attributes);
        case "rStyle" -> hiddenRun |= runs > 0 && hiddenStyles.contains(value(attributes, "val"));
        case "pStyle" -> hiddenParagraph = hiddenStyles.contains(value(attributes, "val"));
        case "t", "delText" -> textRoute = route(local.equals("delText"));
        case "instrText" -> textRoute = where("field codes");
        case "fldSimple" -> append(where("field codes"), value(attributes, "instr"));
        case "docPr", "cNvPr", "shape", "imagedata" -> {
          for (String attribute : List.of("descr", "title", "alt")) {
            append(where("alternative text of an image"), value(attributes, attribute));
          }
        }
        case "tab" -> append(route(false), " ");
        case "br", "cr" -> append(route(false), "\n");
        default -> {
          // no text of its own
        }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "t", "delText", "instrText" -> textRoute = null;
        case "del", "moveFrom" -> deleted--;
        case "r" -> {
          runs--;
          hiddenRun = false;
        }
        case "p" -> {
          hiddenParagraph = false;
          parts.endLine(where(null));
          parts.endLine(where("deleted text (tracked change)"));
          parts.endLine(where("hidden text"));
        }
        case "comment", "footnote", "endnote" -> {
          if (local.equals(itemKind)) {
            base = fixedBase;
          }
        }
        default -> {
          // nothing to close
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (textRoute != null) {
        parts.append(textRoute, new String(ch, start, length));
      }
    }

    private String route(boolean deletedText) {
      if (deletedText || deleted > 0) {
        return where("deleted text (tracked change)");
      }
      return hiddenRun || hiddenParagraph ? where("hidden text") : where(null);
    }

    private String where(String what) {
      String at = base == null ? "body" : base;
      return what == null ? at : at + ", " + what;
    }

    private void author(Attributes attributes, String part) {
      append(part, value(attributes, "author"));
      append(part, value(attributes, "initials"));
    }

    private void append(String part, String value) {
      if (value != null && !value.isBlank()) {
        parts.append(part, value);
        parts.endLine(part);
      }
    }

    private static boolean isSeparator(Attributes attributes) {
      String type = value(attributes, "type");
      return type != null && type.toLowerCase(Locale.ROOT).contains("separator");
    }

    private static boolean isOn(Attributes attributes) {
      String val = value(attributes, "val");
      return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }
  }

  /** The ids of the styles that hide text ({@code w:vanish} in their run properties). */
  private static final class HiddenStylesHandler extends DefaultHandler {
    private final Set<String> hidden;
    private String style;

    HiddenStylesHandler(Set<String> hidden) {
      this.hidden = hidden;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      if (local.equals("style")) {
        style = value(attributes, "styleId");
      } else if (style != null && local.equals("vanish") && WordHandler.isOn(attributes)) {
        hidden.add(style);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("style")) {
        style = null;
      }
    }
  }

  /** The value of an attribute by its local name, whatever its namespace. */
  static String value(Attributes attributes, String local) {
    for (int i = 0; i < attributes.getLength(); i++) {
      if (attributes.getLocalName(i).equals(local)) {
        return attributes.getValue(i);
      }
    }
    return null;
  }

  /** Every piece of text in a part, as one part. */
  static final class PlainHandler extends DefaultHandler {
    private final PartsBuilder parts;
    private final String part;

    PlainHandler(PartsBuilder parts, String part) {
      this.parts = parts;
      this.part = part;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      parts.append(part, new String(ch, start, length));
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      parts.append(part, " ");
    }
  }

  /** One attribute of every element, as one part (the authors listed in people.xml). */
  private static final class AttributeHandler extends DefaultHandler {
    private final PartsBuilder parts;
    private final String part;
    private final String attribute;

    AttributeHandler(PartsBuilder parts, String part, String attribute) {
      this.parts = parts;
      this.part = part;
      this.attribute = attribute;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      String value = value(attributes, attribute);
      if (value != null) {
        parts.append(part, value + "\n");
      }
    }
  }

  /**
   * Document properties: application ones (company, manager, titles of parts) and custom ones, each named
   * {@code property "name"}.
   */
  private static final class PropertiesHandler extends DefaultHandler {
    private static final Map<String, String> NAMES = names();
    private final PartsBuilder parts;
    private String custom;
    private String current;

    PropertiesHandler(PartsBuilder parts) {
      this.parts = parts;
    }

    private static Map<String, String> names() {
      Map<String, String> names = new HashMap<>();
      names.put("TitlesOfParts", "titles of parts");
      names.put("HyperlinkBase", "hyperlink base");
      return names;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      if (local.equals("property")) {
        custom = value(attributes, "name");
        parts.append(property(custom), custom + ": ");
      } else if (custom == null && !local.equals("coreProperties") && !local.equals("Properties")
          && current == null) {
        current = local;
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("property")) {
        custom = null;
      } else if (local.equals(current)) {
        current = null;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      String name = custom != null ? custom : current == null ? null : NAMES.getOrDefault(current, current);
      if (name != null) {
        parts.append(property(name), new String(ch, start, length));
      }
    }

    private static String property(String name) {
      return "property \"" + name + "\"";
    }
  }
}
