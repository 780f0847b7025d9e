package org.scrworkflow.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body a filter has read (all of it, or its first bytes) given on again: the bytes read, followed
 * by whatever of the body was not read, so the REST API or the login behind the filter reads the body whole.
 */
final class ReplayedBody extends HttpServletRequestWrapper {

  private final InputStream body;

  ReplayedBody(HttpServletRequest request, byte[] read) throws IOException {
    super(request);
    this.body = new SequenceInputStream(new ByteArrayInputStream(read), request.getInputStream());
  }

  @Override
  public ServletInputStream getInputStream() {
    return new ServletInputStream() {
      private boolean finished;

      @Override
      public int read() throws IOException {
        int next = body.read();
        finished = next < 0;
        return next;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = body.read(buffer, offset, length);
        finished = count < 0;
        return count;
      }

      @Override
      public boolean isFinished() {
        return finished;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous reads only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(),
        encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
  }
}
