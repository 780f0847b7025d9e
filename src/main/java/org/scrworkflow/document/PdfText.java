package org.scrworkflow.document;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquareCircle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.xml.sax.SAXException;

/**
 * Reads a PDF with PDFBox: each page's text, and apart from it the text that a dark filled box is drawn over (the
 * classic failed redaction: the box hides it on screen, yet anyone can copy it out); each page's annotations and
 * their authors, link addresses, form fields, bookmarks, the document information and XMP metadata. A page with
 * images and no text is reported for a person to read; an attached file for a person to open.
 */
final class PdfText {

  static final int MAX_PAGES = 3000;
  /** PDFBox keeps at most this much of a document's streams in memory, the rest in a temporary file. */
  static final long MAX_MAIN_MEMORY = 64L * 1024 * 1024;
  static final String COVERED = "under a black box";

  private PdfText() {}

  static void read(byte[] content, PartsBuilder parts) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache)) {
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new PartsBuilder.TooLarge("it has " + pages + " pages, more than the " + MAX_PAGES + " this check reads");
      }
      information(pdf, parts);
      CoverAwareStripper stripper = new CoverAwareStripper();
      for (int number = 1; number <= pages; number++) {
        PDPage page = pdf.getPage(number - 1);
        String at = "page " + number;
        BoxesAndImages drawn = new BoxesAndImages(page);
        drawn.processPage(page);
        annotations(page, at, drawn.boxes, parts);
        stripper.boxes = drawn.boxes;
        stripper.covered.setLength(0);
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        String text = stripper.getText(pdf);
        parts.append(at, text);
        String covered = stripper.covered.toString();
        if (!covered.isBlank()) {
          parts.append(at + ", " + COVERED, covered);
          parts.confirm(at + ", " + COVERED, "text lies under a black box: a box drawn over text does not remove"
              + " it, anyone can copy it out of the file. Redact the text itself, not only its look");
        }
        if (text.isBlank() && covered.isBlank() && drawn.images > 0) {
          parts.confirm(at, "the page is only an image (a scan?), which this check cannot read: a person must read"
              + " it and confirm it identifies no one");
        }
      }
    } catch (InvalidPasswordException e) {
      throw new IOException("it is encrypted with a password", e);
    }
  }

  private static void information(PDDocument pdf, PartsBuilder parts) throws IOException {
    PDDocumentInformation info = pdf.getDocumentInformation();
    for (String key : info.getMetadataKeys()) {
      String value = info.getCOSObject().getString(COSName.getPDFName(key));
      if (value != null) {
        String name = switch (key) {
          case "Title", "Author", "Subject", "Keywords", "Creator", "Producer" -> key.toLowerCase(Locale.ROOT);
          default -> key;
        };
        parts.append("property \"" + name + "\"", value);
      }
    }
    PDMetadata xmp = pdf.getDocumentCatalog().getMetadata();
    if (xmp != null) {
      try (InputStream xml = xmp.exportXMPMetadata()) {
        SafeXml.parse(xml, new WordText.PlainHandler(parts, "XMP metadata"));
      } catch (SAXException e) {
        parts.block("XMP metadata", "the document's XMP metadata could not be read");
      }
    }
    PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();
    if (outline != null) {
      bookmarks(outline, parts, 0);
    }
    PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
    if (form != null) {
      for (PDField field : form.getFieldTree()) {
        String value = field.getValueAsString();
        if (value != null && !value.isBlank()) {
          parts.append("form field \"" + field.getFullyQualifiedName() + "\"", value);
        }
      }
    }
    var names = pdf.getDocumentCatalog().getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      parts.confirm("attached files", "the document carries attached files, which this check does not read: open"
          + " each and check it identifies no one, or remove them");
    }
  }

  private static void bookmarks(PDOutlineNode node, PartsBuilder parts, int depth) {
    if (depth > 20) {
      return;
    }
    node.children().forEach(item -> {
      if (item.getTitle() != null) {
        parts.append("bookmarks", item.getTitle() + "\n");
      }
      bookmarks(item, parts, depth + 1);
    });
  }

  private static void annotations(PDPage page, String at, List<Rectangle2D> boxes, PartsBuilder parts)
      throws IOException {
    int number = 0;
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (annotation instanceof PDAnnotationLink link) {
        if (link.getAction() instanceof PDActionURI uri && uri.getURI() != null) {
          parts.append(at + ", link addresses", uri.getURI() + "\n");
        }
        continue;
      }
      String name = at + ", annotation " + ++number;
      parts.append(name, annotation.getContents());
      if (annotation instanceof PDAnnotationMarkup markup) {
        parts.append(name + ", author", markup.getTitlePopup());
        parts.append(name + ", subject", markup.getSubject());
      }
      if (annotation instanceof PDAnnotationFileAttachment) {
        parts.confirm(name, "the page carries an attached file, which this check does not read: open it and check"
            + " it identifies no one, or remove it");
      }
      boolean redaction = "Redact".equals(annotation.getSubtype());
      boolean darkSquare = annotation instanceof PDAnnotationSquareCircle square && isDark(square.getInteriorColor());
      if ((redaction || darkSquare) && annotation.getRectangle() != null) {
        var rect = annotation.getRectangle();
        boxes.add(new Rectangle2D.Float(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getWidth(),
            rect.getHeight()));
      }
    }
  }

  static boolean isDark(PDColor color) {
    if (color == null) {
      return false;
    }
    try {
      int rgb = color.toRGB();
      double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
      return luminance < 64;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static boolean isLight(PDColor color) {
    if (color == null) {
      return false;
    }
    try {
      int rgb = color.toRGB();
      double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
      return luminance > 160;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * The dark boxes filled on a page (rectangles, or paths of straight lines, filled in a dark opaque colour) and the
   * number of images drawn.
   */
  private static final class BoxesAndImages extends PDFGraphicsStreamEngine {
    final List<Rectangle2D> boxes = new ArrayList<>();
    int images;
    private final List<Rectangle2D> path = new ArrayList<>();
    private Rectangle2D lines;
    private boolean curved;
    private Point2D current = new Point2D.Float();

    BoxesAndImages(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      Rectangle2D box = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
      box.add(p1);
      box.add(p2);
      box.add(p3);
      path.add(box);
      current = p0;
    }

    @Override
    public void drawImage(PDImage image) {
      images++;
    }

    @Override
    public void clip(int windingRule) {
      // the path is ended by the operator after it
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
      if (lines == null) {
        lines = new Rectangle2D.Double(x, y, 0, 0);
      } else {
        lines.add(current);
      }
    }

    @Override
    public void lineTo(float x, float y) {
      current = new Point2D.Float(x, y);
      if (lines == null) {
        lines = new Rectangle2D.Double(x, y, 0, 0);
      }
      lines.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      curved = true;
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {
      // a closed path fills the same area
    }

    @Override
    public void endPath() {
      reset();
    }

    @Override
    public void strokePath() {
      reset();
    }

    @Override
    public void fillPath(int windingRule) {
      if (isDark(getGraphicsState().getNonStrokingColor())
          && getGraphicsState().getNonStrokeAlphaConstant() >= 0.9) {
        boxes.addAll(path);
        if (lines != null && !curved && lines.getWidth() > 0 && lines.getHeight() > 0) {
          boxes.add(lines);
        }
      }
      reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fillPath(windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // a shading paints no box of its own
    }

    private void reset() {
      path.clear();
      lines = null;
      curved = false;
    }
  }

  /**
   * The page's text as PDFBox's stripper reads it, less the characters whose middle lies in a dark box and that are
   * not themselves written in a light colour (white on black is a design, not a redaction): those are kept apart.
   */
  private static final class CoverAwareStripper extends PDFTextStripper {
    List<Rectangle2D> boxes = List.of();
    final StringBuilder covered = new StringBuilder();
    private TextPosition lastCovered;

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!boxes.isEmpty() && isCovered(text) && !isLight(getGraphicsState().getNonStrokingColor())) {
        if (lastCovered != null) {
          float gap = text.getXDirAdj() - (lastCovered.getXDirAdj() + lastCovered.getWidthDirAdj());
          if (Math.abs(text.getYDirAdj() - lastCovered.getYDirAdj()) > text.getHeightDir()) {
            covered.append('\n');
          } else if (gap > text.getWidthOfSpace() * 0.5f) {
            covered.append(' ');
          }
        }
        covered.append(text.getUnicode());
        lastCovered = text;
        return;
      }
      super.processTextPosition(text);
    }

    private boolean isCovered(TextPosition text) {
      var matrix = text.getTextMatrix();
      double size = Math.abs(matrix.getScalingFactorY());
      double x = matrix.getTranslateX() + text.getWidth() / 2;
      double y = matrix.getTranslateY() + size * 0.3;
      return boxes.stream().anyMatch(box -> box.contains(x, y));
    }

    CoverAwareStripper() {
      super();
    }
  }
}
