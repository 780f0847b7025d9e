package org.scrworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The date service the models call, against the deployed statutory-timescale table. */
@H2DemoApplicationTest
class DeadlinesTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired Deadlines deadlines;
  @Autowired RepositoryService repository;

  static LocalDateTime london(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), LONDON);
  }

  @Test
  @DisplayName("AT-01: T-1 due Tue 15 Mar; T-2 due Fri 15 Apr with reminder Fri 1 Apr; T-3 Tue 4 Oct; T-8 Tue 6 Sep")
  void at01Dates() {
    assertThat(deadlines.dueDate("T-1", "2011-03-14")).isEqualTo(LocalDate.of(2011, 3, 15));
    assertThat(london(deadlines.dueAt("T-2", "2011-03-15"))).isEqualTo(LocalDateTime.of(2011, 4, 15, 23, 59, 59));
    assertThat(london(deadlines.remindAt("T-2-REMINDER", "2011-04-15"))).isEqualTo(LocalDateTime.of(2011, 4, 1, 9, 0));
    assertThat(deadlines.dueDateIso("T-3", "2011-04-04")).isEqualTo("2011-10-04");
    assertThat(london(deadlines.remindAt("T-8", "2011-10-04"))).isEqualTo(LocalDateTime.of(2011, 9, 6, 9, 0));
  }

  @Test
  @DisplayName("Times are London times across the change to summer time (27 Mar 2011)")
  void londonTimeAcrossSummerTime() {
    Date before = deadlines.remindAt("T-1", "2011-03-24");
    Date after = deadlines.remindAt("T-1", "2011-03-25");
    assertThat(london(before)).isEqualTo(LocalDateTime.of(2011, 3, 25, 9, 0));
    assertThat(before.toInstant().toString()).isEqualTo("2011-03-25T09:00:00Z");
    assertThat(london(after)).isEqualTo(LocalDateTime.of(2011, 3, 28, 9, 0));
    assertThat(after.toInstant().toString()).isEqualTo("2011-03-28T08:00:00Z");
  }

  @Test
  @DisplayName("Anchors as ISO dates, date-times, Date, LocalDate and LocalDateTime give the same deadline")
  void anchorTypes() {
    LocalDate expected = LocalDate.of(2011, 1, 4);
    assertThat(deadlines.dueDate("T-1", "2010-12-31")).isEqualTo(expected);
    assertThat(deadlines.dueDate("T-1", "2010-12-31T23:30:00Z")).isEqualTo(expected);
    assertThat(deadlines.dueDate("T-1", LocalDate.of(2010, 12, 31))).isEqualTo(expected);
    assertThat(deadlines.dueDate("T-1", LocalDateTime.of(2010, 12, 31, 8, 0))).isEqualTo(expected);
    assertThat(deadlines.dueDate("T-1", Date.from(LocalDateTime.of(2010, 12, 31, 12, 0).atZone(LONDON).toInstant())))
        .isEqualTo(expected);
    assertThat(london(deadlines.after("T-1", "2010-12-31"))).isEqualTo(LocalDateTime.of(2011, 1, 5, 0, 0));
  }

  @Test
  @DisplayName("G-13: on time when done on or before the deadline date")
  void onTime() {
    assertThat(deadlines.onTime("T-3", "2011-04-04", "2011-10-04")).isTrue();
    assertThat(deadlines.onTime("T-3", "2011-04-04", "2011-10-05")).isFalse();
  }

  @Test
  @DisplayName("Bad input is named: an unknown period, a date typed the wrong way round")
  void badInputIsNamed() {
    assertThatThrownBy(() -> deadlines.dueDate("T-99", "2011-03-14")).hasMessageContaining("T-99");
    assertThatThrownBy(() -> deadlines.dueDate("T-1", "2011-14-03")).hasMessageContaining("2011-14-03");
  }

  @Test
  @DisplayName("The table is the source of truth: T-1 changed to 5 working days and deployed applies at once")
  void policyChangeInTheTableApplies() throws Exception {
    String table = Files.readString(Path.of("processes/statutory-timescale.dmn"));
    String changed = table.replaceFirst("(<text>\"T-1\"</text>\\s*</inputEntry>\\s*<outputEntry id=\"LiteralExpression_T1_Amount\">\\s*<text>)1(</text>)", "$15$2");
    assertThat(changed).isNotEqualTo(table);
    try (InputStream in = new java.io.ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8))) {
      var deployment = repository.createDeployment().name("policy change T-1")
          .addInputStream("statutory-timescale.dmn", in).deploy();
      try {
        assertThat(deadlines.dueDate("T-1", "2011-03-14")).isEqualTo(LocalDate.of(2011, 3, 21));
      } finally {
        repository.deleteDeployment(deployment.getId(), true);
      }
    }
    assertThat(deadlines.dueDate("T-1", "2011-03-14")).isEqualTo(LocalDate.of(2011, 3, 15));
  }
}
