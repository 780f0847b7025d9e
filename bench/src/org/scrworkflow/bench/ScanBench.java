package org.scrworkflow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.scrworkflow.document.DocumentReader;
import org.scrworkflow.document.DocumentText;
import org.scrworkflow.publication.AnonymisationScanner;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;

/**
 * The anonymisation check on a 150-page overview report (issue #25, "Performance"): builds a DOCX and a PDF of that
 * size (about 3,000 characters a page, a header, a footer, a table every ten pages, a footnote and a comment every
 * twenty), plants one name on the last page, and times reading and matching against a vault of six details, with
 * the peak heap each scan needs. Run by {@code bench/scan.sh}; figures in bench/RESULTS.md.
 */
public final class ScanBench {

  private static final int PAGES = 150;
  private static final int WARM_UP = 2;
  private static final int RUNS = 5;
  private static final String[] WORDS = ("the child was seen by health visitor school nurse social worker police"
      + " referral assessment strategy meeting agency information shared not plan review family mother father"
      + " sibling home visit concerns neglect injury hospital general practitioner records chronology missed"
      + " appointment escalated decision threshold panel learning practice supervision management").split(" ");

  private ScanBench() {}

  public static void main(String[] args) throws IOException {
    List<IdentifyingDetail> vault = List.of(
        new IdentifyingDetail(IdentifierKind.NAME, "Kylie Anaïs Brennan"),
        new IdentifyingDetail(IdentifierKind.ALIAS, "Kiki"),
        new IdentifyingDetail(IdentifierKind.DATE_OF_BIRTH, "2008-03-01"),
        new IdentifyingDetail(IdentifierKind.ADDRESS, "14 Larch Close, Northmoor, NM4 7QT"),
        new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"),
        new IdentifyingDetail(IdentifierKind.PRACTITIONER_NAME, "Dr Priya Raman"));
    List<String> pages = pages();
    byte[] docx = docx(pages);
    byte[] pdf = pdf(pages);
    System.out.printf(Locale.ROOT, "report: %d pages, %,d characters; DOCX %,d bytes, PDF %,d bytes; heap max %d MiB%n",
        PAGES, pages.stream().mapToInt(String::length).sum(), docx.length, pdf.length,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    measure("DOCX", docx, vault);
    measure("PDF", pdf, vault);
  }

  private static void measure(String kind, byte[] content, List<IdentifyingDetail> vault) {
    DocumentReader reader = new DocumentReader();
    AnonymisationScanner scanner = new AnonymisationScanner();
    List<Long> millis = new ArrayList<>();
    long peak = 0;
    int parts = 0;
    int blocking = 0;
    for (int run = 0; run < WARM_UP + RUNS; run++) {
      System.gc();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      DocumentText text = reader.read("Overview report." + kind.toLowerCase(Locale.ROOT), content);
      var findings = scanner.check(text, vault);
      long took = (System.nanoTime() - start) / 1_000_000;
      long used = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      if (run >= WARM_UP) {
        millis.add(took);
        peak = Math.max(peak, used);
      }
      parts = text.parts().size();
      blocking = (int) findings.stream().filter(AnonymisationScanner.Finding::blocks).count();
    }
    millis.sort(Long::compare);
    System.out.printf(Locale.ROOT, "%s: median %d ms, slowest %d ms over %d runs; peak heap %d MiB; %d parts read,"
        + " %d finding(s) that block (1 planted)%n", kind, millis.get(millis.size() / 2), millis.get(millis.size() - 1),
        RUNS, peak / (1024 * 1024), parts, blocking);
  }

  /** Pseudonymised text, reproducible; the child's name planted once, on the last page. */
  private static List<String> pages() {
    Random random = new Random(2010);
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= PAGES; page++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 3000) {
        StringBuilder sentence = new StringBuilder("Child A");
        int words = 8 + random.nextInt(14);
        for (int i = 0; i < words; i++) {
          sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append(sentence).append(". ");
      }
      if (page == PAGES) {
        text.append("In one letter the child was named as Kylie Brennan.");
      }
      pages.add(text.toString());
    }
    return pages;
  }

  private static byte[] docx(List<String> pages) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Serious Case Review: Child A");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Northmoor LSCB");
      var comments = doc.createComments();
      for (int page = 0; page < pages.size(); page++) {
        String text = pages.get(page);
        int third = text.length() / 3;
        for (String paragraph : List.of(text.substring(0, third), text.substring(third, 2 * third),
            text.substring(2 * third))) {
          doc.createParagraph().createRun().setText(paragraph);
        }
        if (page % 10 == 0) {
          XWPFTable table = doc.createTable(4, 3);
          table.getRow(0).getCell(0).setText("Agency");
          table.getRow(1).getCell(0).setText("Health");
        }
        if (page % 20 == 0) {
          doc.createFootnote().createParagraph().createRun().setText("Working Together 2010, chapter 8.");
          var comment = comments.createComment(BigInteger.valueOf(page));
          comment.setAuthor("Overview author");
          comment.createParagraph().createRun().setText("Check the chronology for this period.");
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(List<String> pages) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(13);
          content.newLineAtOffset(56, 780);
          content.showText("Serious Case Review: Child A");
          content.newLine();
          for (String line : lines(text, 95)) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
