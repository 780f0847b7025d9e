package org.scrworkflow.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the test's SMTP server: it forwards each connection, counts them, and from a chosen
 * connection on it hangs instead (accepts, never answers), as a mail server that stops responding. A node whose
 * mail goes through the relay is then caught in the middle of a job, for as long as the test likes.
 */
public final class SmtpRelay implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final AtomicInteger connections = new AtomicInteger();
  private final Semaphore hangs = new Semaphore(0);
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile int hangFrom = Integer.MAX_VALUE;

  public SmtpRelay(int targetPort) {
    this.targetPort = targetPort;
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "smtp-relay");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Connections accepted so far (forwarded or hung). */
  public int connections() {
    return connections.get();
  }

  /** Forwards the next {@code forwarded} connections, then hangs every later one. */
  public void forwardThenHang(int forwarded) {
    hangFrom = connections.get() + forwarded + 1;
  }

  /** Waits until a connection hangs. */
  public boolean awaitHang(Duration timeout) throws InterruptedException {
    return hangs.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        if (connections.incrementAndGet() >= hangFrom) {
          hangs.release();
          continue;
        }
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(target);
        pump(client.getInputStream(), target.getOutputStream(), target);
        pump(target.getInputStream(), client.getOutputStream(), client);
      } catch (IOException e) {
        // closed, or one connection failed: the sender sees the failure as a mail server would show it
      }
    }
  }

  private static void pump(InputStream in, OutputStream out, Socket closeAfter) {
    Thread pump = new Thread(() -> {
      try (in; out) {
        in.transferTo(out);
      } catch (IOException e) {
        // the other side closed
      } finally {
        try {
          closeAfter.close();
        } catch (IOException e) {
          // already closed
        }
      }
    }, "smtp-relay-pump");
    pump.setDaemon(true);
    pump.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
