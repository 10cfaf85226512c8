package org.commonplace.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds back a response body so that it can be stored before it is sent. Status, headers and cookies go to the
 * real response as usual; only the body bytes are kept here until {@link #body()} is read and written out.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // Only blocking Faces renders are captured; non-blocking (async) output is never routed here.
                    throw new IllegalStateException("a captured response takes blocking writes only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            writer = new PrintWriter(new OutputStreamWriter(buffer, cs));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held back on purpose: nothing is committed until the body is complete
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the body is written out
    }

    @Override
    public void setContentLengthLong(long len) {
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public void reset() {
        super.reset();
        buffer.reset();
    }

    byte[] body() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }
}
