package org.scrworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production never falls back to a default administrator: without SCR_ADMIN_* it refuses to start. */
class ProductionProfileStartupTest {

  @Test
  @DisplayName("The postgres profile refuses to start without the administrator's environment variables")
  void refusesToStartWithoutAdministrator() {
    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(ScrWorkflowApplication.class)
                    .profiles("postgres")
                    .run(
                        "--server.port=0",
                        "--scr.admin.user-id=",
                        "--scr.admin.password=",
                        "--scr.admin.email=",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/not-reached")
                    .close());

    assertThat(failure).isNotNull();
    String messages = String.join("\n", causeMessages(failure));
    assertThat(messages).contains("SCR_ADMIN_USER").contains("SCR_ADMIN_PASSWORD");
  }

  private static List<String> causeMessages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }
}
