package org.scrworkflow.testsupport;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for a condition, not for a time: the job executor and the browser work in the background, so a test asks
 * again every 100 ms until what it waits for is there, and fails naming it when it is not there in time. A test
 * never sleeps before a negative assertion: it waits for the thing that shows the page or the engine is ready.
 */
public final class Eventually {

  private static final Duration POLL = Duration.ofMillis(100);

  /** What a probe may throw: HTTP calls and JSON parsing. */
  @FunctionalInterface
  public interface Probe<T> {
    Optional<T> get() throws Exception;
  }

  /** A condition that may throw. */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  private Eventually() {}

  /** The probe's value as soon as it has one; fails after {@code atMost} naming {@code what}. */
  public static <T> T await(String what, Duration atMost, Probe<T> probe) throws Exception {
    return await(() -> what, atMost, probe);
  }

  /** As {@link #await(String, Duration, Probe)}, with a description made when it fails (a server's last output). */
  public static <T> T await(Supplier<String> what, Duration atMost, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (true) {
      Optional<T> value;
      try {
        value = probe.get();
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        // the page redrew an element between finding and reading it (a tooltip closing): no answer yet
        value = Optional.empty();
      }
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + atMost.toSeconds() + " s: " + what.get());
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Returns once the condition holds; fails after {@code atMost} naming {@code what}. */
  public static void until(String what, Duration atMost, Condition condition) throws Exception {
    until(() -> what, atMost, condition);
  }

  public static void until(Supplier<String> what, Duration atMost, Condition condition) throws Exception {
    await(what, atMost, () -> condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }
}
