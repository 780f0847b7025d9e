package org.scrworkflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than scr.http.max-request-bytes with 413, before it is read. Camunda's REST API
 * (Jersey's multipart reader, Jackson) reads a whole body into memory with no limit, and Spring's multipart
 * settings do not reach it, so without this six 50 MB uploads to a task's variables took the server from 800 MB
 * to 1.67 GB resident.
 *
 * <p>A declared Content-Length above the limit is refused at once, unread. A body sent without one (chunked) is
 * counted as it is read; past the limit the read fails, whatever the reader made of the failure is discarded,
 * and the caller gets the same 413. Either way the REST resource never runs, so nothing is stored.
 */
public final class RequestSizeLimitFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MEBIBYTE = 1024 * 1024;

  private final long maxRequestBytes;
  private final String message;

  RequestSizeLimitFilter(long maxRequestBytes, long maxUploadBytes) {
    this.maxRequestBytes = maxRequestBytes;
    this.message = "The request is larger than " + megabytes(maxRequestBytes) + ", the most this service accepts."
        + " Attach files of at most " + megabytes(maxUploadBytes) + " on the task's form.";
  }

  String message() {
    return message;
  }

  /** The path as a log line may hold it: a notice link's token opens a notice, so it is left out. */
  static String loggable(String path) {
    return path.replaceAll("/notices/[^/?#]*", "/notices/(link)");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxRequestBytes) {
      LOG.info("Refused {} {}: its Content-Length is over the request limit", request.getMethod(),
          loggable(request.getRequestURI()));
      refuse(response);
      return;
    }
    var limited = new LimitedRequest(request, maxRequestBytes);
    var answer = new SilencedWhenTooLarge(response, limited);
    try {
      chain.doFilter(limited, answer);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!limited.tooLarge) {
        throw failure;
      }
    }
    if (limited.tooLarge) {
      LOG.info("Refused {} {}: its body went over the request limit", request.getMethod(),
          loggable(request.getRequestURI()));
    }
    if (limited.tooLarge && !response.isCommitted()) {
      response.resetBuffer(); // the headers stay: those of SecurityHeadersFilter among them
      refuse(response);
    }
  }

  private void refuse(HttpServletResponse response) throws IOException {
    // Tomcat reads and drops up to server.tomcat.max-swallow-size of what is left unread, then closes the connection
    response.setHeader("Connection", "close");
    response.setStatus(413);
    byte[] body = JSON.writeValueAsBytes(Map.of("type", "RequestTooLarge", "message", message));
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  static String megabytes(long bytes) {
    double mebibytes = bytes / MEBIBYTE;
    return (mebibytes == Math.rint(mebibytes) ? String.valueOf((long) mebibytes)
        : String.format(Locale.ROOT, "%.1f", mebibytes)) + " MB";
  }

  /** Thrown by the counted body once more than the limit has been read; the REST API maps it to 413. */
  public static final class TooLarge extends IOException {
    TooLarge() {
      super("request body over the limit");
    }
  }

  /** The request whose body fails once more than the limit has been read from it. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private volatile boolean tooLarge;
    private ServletInputStream counted;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new Counted(super.getInputStream());
      }
      return counted;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(),
          encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
    }

    private final class Counted extends ServletInputStream {

      private final ServletInputStream body;
      private long read;

      Counted(ServletInputStream body) {
        this.body = body;
      }

      @Override
      public int read() throws IOException {
        int b = body.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
          tooLarge = true;
          throw new TooLarge();
        }
      }

      @Override
      public boolean isFinished() {
        return body.isFinished();
      }

      @Override
      public boolean isReady() {
        return body.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
      }
    }
  }

  /**
   * The response as the application writes it, until the body turned out too large: from then on whatever the
   * reader answered about the failed read (a 400 or a 500 naming a stream) is dropped, so the 413 is the answer.
   */
  private static final class SilencedWhenTooLarge extends HttpServletResponseWrapper {

    private final LimitedRequest request;
    private final ServletOutputStream discard = new ServletOutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {}
    };

    SilencedWhenTooLarge(HttpServletResponse response, LimitedRequest request) {
      super(response);
      this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return request.tooLarge ? discard : new Guarded(super.getOutputStream());
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return request.tooLarge ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }

    @Override
    public void setHeader(String name, String value) {
      if (!request.tooLarge) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!request.tooLarge) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!request.tooLarge) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!request.tooLarge) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!request.tooLarge) {
        super.setContentType(type);
      }
    }

    @Override
    public void setStatus(int status) {
      if (!request.tooLarge) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!request.tooLarge) {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String reason) throws IOException {
      if (!request.tooLarge) {
        super.sendError(status, reason);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!request.tooLarge) {
        super.flushBuffer();
      }
    }

    /** An output stream obtained before the read failed, which stops writing once it has. */
    private final class Guarded extends ServletOutputStream {

      private final ServletOutputStream out;

      Guarded(ServletOutputStream out) {
        this.out = out;
      }

      @Override
      public void write(int b) throws IOException {
        if (!request.tooLarge) {
          out.write(b);
        }
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (!request.tooLarge) {
          out.write(bytes, offset, length);
        }
      }

      @Override
      public void flush() throws IOException {
        if (!request.tooLarge) {
          out.flush();
        }
      }

      @Override
      public boolean isReady() {
        return out.isReady();
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
      }
    }
  }
}
