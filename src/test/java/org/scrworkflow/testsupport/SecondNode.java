package org.scrworkflow.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application started in a JVM of its own, as a second node of a cluster: from the main classes and the
 * dependencies of the test classpath (never the test classes, so nothing test-only is scanned), with the
 * arguments given. A JVM of its own because Camunda registers its engine by name JVM-wide, and because only
 * a process can be killed as a crashed node is: {@link #kill()} sends SIGKILL, no shutdown hook runs.
 */
public final class SecondNode implements AutoCloseable {

  private final Process process;
  private final Path log;

  private SecondNode(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts the application with these arguments and waits until it has started (or fails with its log). */
  public static SecondNode start(String name, List<String> arguments, Duration timeout) {
    String classpath = String.join(File.pathSeparator, Arrays.stream(
            System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
        .toList());
    Path log = Path.of("target", "nodes", name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Europe/London",
        "-cp", classpath, "org.scrworkflow.ScrWorkflowApplication"));
    command.addAll(arguments);
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(log.toFile()).start();
      SecondNode node = new SecondNode(process, log);
      node.awaitStarted(timeout);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start node " + name, e);
    }
  }

  private void awaitStarted(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String output = Files.readString(log);
      if (output.contains("Started ScrWorkflowApplication")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The second node stopped while starting:\n" + tail(output));
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The second node did not start in " + timeout + ":\n" + tail(Files.readString(log)));
  }

  /** Kills the node as a crash would (SIGKILL): its transactions die with it, its job locks stay. */
  public void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(20));
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** "running", or how the node ended, for failure messages. */
  public String state() {
    return process.isAlive() ? "running" : "ended with exit code " + process.exitValue();
  }

  /** The node's output so far. */
  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Stops the node as an operator would (SIGTERM, graceful), or kills it after 30 seconds. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      if (!waitFor(Duration.ofSeconds(30))) {
        kill();
      }
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tail(String output) {
    return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
