package bench.bare;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The bench's baseline: the Camunda starter, one process, one delegate that records that it ran. */
@SpringBootApplication
public class BareApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareApplication.class, args);
  }

  @Bean
  JavaDelegate recordDone() {
    return execution -> execution.setVariable("done", true);
  }
}
