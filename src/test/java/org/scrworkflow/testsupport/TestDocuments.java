package org.scrworkflow.testsupport;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Real documents made in the tests, as an author's word processor or a PDF tool writes them: a DOCX through POI, a
 * PDF through PDFBox, an ODT as the OpenDocument format lays out its zip. Each takes the text to plant in each of its
 * parts (by the part's name below), so that a test can plant a detail in one part and see it found there.
 */
public final class TestDocuments {

  /** Parts a Word document can carry text in. */
  public enum WordPart {
    BODY, HEADER, FOOTER, FOOTNOTE, ENDNOTE, COMMENT, COMMENT_AUTHOR, TRACKED_DELETION, TRACKED_CHANGE_AUTHOR,
    HIDDEN_TEXT, STYLE_HIDDEN_TEXT, IMAGE_ALT_TEXT, AUTHOR, TITLE, SUBJECT, KEYWORDS, CUSTOM_PROPERTY
  }

  /** Parts an OpenDocument text can carry text in. */
  public enum OdfPart {
    BODY, HEADER, FOOTER, FOOTNOTE, COMMENT, COMMENT_AUTHOR, TRACKED_DELETION, HIDDEN_TEXT, IMAGE_ALT_TEXT, AUTHOR,
    TITLE, CUSTOM_PROPERTY
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private TestDocuments() {}

  /** A DOCX with every part in {@code planted} holding its text, and pseudonymised text everywhere else. */
  public static byte[] docx(Map<WordPart, String> planted) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      String clean = "Child A lived with Mother and a sibling.";
      XWPFParagraph body = doc.createParagraph();
      body.createRun().setText(planted.getOrDefault(WordPart.BODY, clean));
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
          .setText(planted.getOrDefault(WordPart.HEADER, "Serious Case Review: Child A"));
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun()
          .setText(planted.getOrDefault(WordPart.FOOTER, "Northmoor LSCB"));
      doc.createFootnote().createParagraph().createRun()
          .setText(planted.getOrDefault(WordPart.FOOTNOTE, "Working Together 2010, 8.1."));
      doc.createEndnote().createParagraph().createRun()
          .setText(planted.getOrDefault(WordPart.ENDNOTE, "See the chronology."));
      XWPFComment comment = doc.createComments().createComment(BigInteger.ONE);
      comment.setAuthor(planted.getOrDefault(WordPart.COMMENT_AUTHOR, "Overview author"));
      comment.createParagraph().createRun().setText(planted.getOrDefault(WordPart.COMMENT, "Check this date."));
      XWPFRun hidden = doc.createParagraph().createRun();
      hidden.setText(planted.getOrDefault(WordPart.HIDDEN_TEXT, "Draft note."));
      hidden.setVanish(true);
      // a character style that hides its text, as a template's "Hidden note" style does
      var styles = doc.createStyles();
      styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<w:style xmlns:w=\"" + W + "\" w:type=\"character\""
          + " w:styleId=\"HiddenNote\"><w:name w:val=\"Hidden note\"/><w:rPr><w:vanish/></w:rPr></w:style>"), styles));
      XWPFRun styled = doc.createParagraph().createRun();
      styled.setStyle("HiddenNote");
      styled.setText(planted.getOrDefault(WordPart.STYLE_HIDDEN_TEXT, "Reviewer's note."));
      // a tracked change as Word writes it: the deleted run inside w:del, its text in w:delText
      XWPFParagraph changed = doc.createParagraph();
      changed.getCTP().set(CTP.Factory.parse("<w:p xmlns:w=\"" + W + "\"><w:r><w:t xml:space=\"preserve\">The child"
          + " </w:t></w:r><w:del w:id=\"7\" w:author=\"" + xml(planted.getOrDefault(WordPart.TRACKED_CHANGE_AUTHOR,
          "Reviewer")) + "\" w:date=\"2010-09-14T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">"
          + xml(planted.getOrDefault(WordPart.TRACKED_DELETION, "who was")) + "</w:delText></w:r></w:del>"
          + "<w:r><w:t xml:space=\"preserve\"> was seen.</w:t></w:r></w:p>"));
      XWPFRun picture = doc.createParagraph().createRun();
      picture.addPicture(new ByteArrayInputStream(png()), PictureType.PNG,
          planted.getOrDefault(WordPart.IMAGE_ALT_TEXT, "Genogram"), 914400, 914400);
      var core = doc.getProperties().getCoreProperties();
      core.setCreator(planted.getOrDefault(WordPart.AUTHOR, "Overview author"));
      core.setTitle(planted.getOrDefault(WordPart.TITLE, "Overview report: Child A"));
      core.setSubjectProperty(planted.getOrDefault(WordPart.SUBJECT, "Serious Case Review"));
      core.setKeywords(planted.getOrDefault(WordPart.KEYWORDS, "SCR; neglect"));
      doc.getProperties().getCustomProperties().addProperty("Reviewed child",
          planted.getOrDefault(WordPart.CUSTOM_PROPERTY, "Child A"));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.xmlbeans.XmlException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A DOCX of the given paragraphs in its body alone. */
  public static byte[] docxOf(List<String> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PDF of three pages: page 1 with {@code visible} and, drawn over with a black box, {@code underBox}; page 2 with
   * a note (annotation) holding {@code annotation}; page 3 a scanned page, only an image. The document's author is
   * {@code author}.
   */
  public static byte[] pdf(String visible, String underBox, String annotation, String author) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage first = new PDPage(PDRectangle.A4);
      doc.addPage(first);
      try (PDPageContentStream content = new PDPageContentStream(doc, first)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        content.showText(visible);
        content.endText();
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 650);
        content.showText(underBox);
        content.endText();
        content.setNonStrokingColor(Color.BLACK);
        content.addRect(68, 644, font.getStringWidth(underBox) / 1000 * 12 + 8, 18);
        content.fill();
      }
      PDPage second = new PDPage(PDRectangle.A4);
      doc.addPage(second);
      try (PDPageContentStream content = new PDPageContentStream(doc, second)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        content.showText("The panel met in September 2010.");
        content.endText();
      }
      PDAnnotationText note = new PDAnnotationText();
      note.setContents(annotation);
      note.setTitlePopup("Panel chair");
      note.setRectangle(new PDRectangle(72, 600, 20, 20));
      second.getAnnotations().add(note);
      PDPage scan = new PDPage(PDRectangle.A4);
      doc.addPage(scan);
      PDImageXObject image = LosslessFactory.createFromImage(doc, ImageIO.read(new ByteArrayInputStream(png())));
      try (PDPageContentStream content = new PDPageContentStream(doc, scan)) {
        content.drawImage(image, 72, 72, 400, 600);
      }
      doc.getDocumentInformation().setAuthor(author);
      doc.getDocumentInformation().setTitle("Overview report");
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of the given pages of text, one line a page, nothing drawn over it. */
  public static byte[] pdfOf(List<String> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(14);
          content.newLineAtOffset(72, 770);
          for (String line : text.split("\n")) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An ODT with every part in {@code planted} holding its text, laid out as LibreOffice writes one. */
  public static byte[] odt(Map<OdfPart, String> planted) {
    String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
        + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\"";
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns + ">"
        + "<office:automatic-styles><style:style style:name=\"T1\" style:family=\"text\">"
        + "<style:text-properties text:display=\"none\"/></style:style></office:automatic-styles>"
        + "<office:body><office:text>"
        + "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
        + "<dc:creator>Reviewer</dc:creator><dc:date>2010-09-14T10:00:00</dc:date></office:change-info>"
        + "<text:p>" + xml(planted.getOrDefault(OdfPart.TRACKED_DELETION, "who was")) + "</text:p>"
        + "</text:deletion></text:changed-region></text:tracked-changes>"
        + "<text:p>" + xml(planted.getOrDefault(OdfPart.BODY, "Child A lived with Mother and a sibling."))
        + "<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
        + "<text:note-body><text:p>" + xml(planted.getOrDefault(OdfPart.FOOTNOTE, "Working Together 2010."))
        + "</text:p></text:note-body></text:note>"
        + "<office:annotation><dc:creator>" + xml(planted.getOrDefault(OdfPart.COMMENT_AUTHOR, "Overview author"))
        + "</dc:creator><dc:date>2010-09-14T10:00:00</dc:date><text:p>"
        + xml(planted.getOrDefault(OdfPart.COMMENT, "Check this date.")) + "</text:p></office:annotation>"
        + " The child<text:change text:change-id=\"ct1\"/> was seen.</text:p>"
        + "<text:p>Visible. <text:span text:style-name=\"T1\">"
        + xml(planted.getOrDefault(OdfPart.HIDDEN_TEXT, "Draft note.")) + "</text:span></text:p>"
        + "<text:p><draw:frame draw:name=\"Image1\" svg:width=\"2cm\" svg:height=\"2cm\">"
        + "<draw:image xlink:href=\"Pictures/genogram.png\"/><svg:title>Genogram</svg:title><svg:desc>"
        + xml(planted.getOrDefault(OdfPart.IMAGE_ALT_TEXT, "A family tree")) + "</svg:desc></draw:frame></text:p>"
        + "</office:text></office:body></office:document-content>";
    String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + ns + ">"
        + "<office:master-styles><style:master-page style:name=\"Standard\"><style:header><text:p>"
        + xml(planted.getOrDefault(OdfPart.HEADER, "Serious Case Review: Child A")) + "</text:p></style:header>"
        + "<style:footer><text:p>" + xml(planted.getOrDefault(OdfPart.FOOTER, "Northmoor LSCB"))
        + "</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>";
    String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns + "><office:meta>"
        + "<dc:title>" + xml(planted.getOrDefault(OdfPart.TITLE, "Overview report")) + "</dc:title>"
        + "<dc:creator>" + xml(planted.getOrDefault(OdfPart.AUTHOR, "Overview author")) + "</dc:creator>"
        + "<meta:user-defined meta:name=\"Reviewed child\">"
        + xml(planted.getOrDefault(OdfPart.CUSTOM_PROPERTY, "Child A")) + "</meta:user-defined>"
        + "</office:meta></office:document-meta>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\""
        + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    return zip(Map.of("content.xml", content, "styles.xml", styles, "meta.xml", meta,
        "META-INF/manifest.xml", manifest), "application/vnd.oasis.opendocument.text");
  }

  /** A zip with the ODF "mimetype" entry first and stored, then the given entries. */
  public static byte[] zip(Map<String, String> entries, String mimetype) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      if (mimetype != null) {
        byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(type);
        zip.closeEntry();
      }
      for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small grey PNG: a scanned page, a genogram. */
  public static byte[] png() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
      var graphics = image.createGraphics();
      graphics.setColor(Color.LIGHT_GRAY);
      graphics.fillRect(0, 0, 40, 40);
      graphics.setColor(Color.DARK_GRAY);
      graphics.drawLine(0, 0, 39, 39);
      graphics.dispose();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
