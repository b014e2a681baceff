package io.github.jobbmatch.json;

import io.github.jobbmatch.model.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a stream into lines of at most {@link Limits#DOCUMENT_BYTES}, without ever holding a longer
 * line in memory (a file without newlines must not exhaust the heap). Not thread-safe.
 */
abstract sealed class LineSource {

    /** One line: its text, or a problem that refuses it as a whole. */
    record Line(int number, String text, String problem) {}

    int number;

    /** The next line, or null at the end of the stream. */
    abstract Line next() throws IOException;

    static String tooLong() {
        return "expected a line of at most " + Limits.DOCUMENT_BYTES + " bytes; the line is longer and was not read";
    }

    static final class Chars extends LineSource {
        private final Reader in;
        private final char[] buf = new char[8192];
        private int pos;
        private int len;
        private boolean eof;

        Chars(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                if (eof) {
                    return -1;
                }
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    eof = true;
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        @Override
        Line next() throws IOException {
            StringBuilder b = new StringBuilder();
            boolean overflow = false;
            int c = read();
            if (c < 0) {
                return null;
            }
            number++;
            while (c >= 0 && c != '\n') {
                if (!overflow) {
                    // A char is at least one UTF-8 byte, so more chars than the limit is too many bytes.
                    if (b.length() >= Limits.DOCUMENT_BYTES) {
                        overflow = true;
                        b.setLength(0);
                    } else {
                        b.append((char) c);
                    }
                }
                c = read();
            }
            if (overflow) {
                return new Line(number, null, tooLong());
            }
            return new Line(number, clean(b, number), null);
        }
    }

    static final class Bytes extends LineSource {
        private final InputStream in;
        private final byte[] buf = new byte[8192];
        private int pos;
        private int len;
        private boolean eof;

        Bytes(InputStream in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                if (eof) {
                    return -1;
                }
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    eof = true;
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xff;
        }

        @Override
        Line next() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            boolean overflow = false;
            int c = read();
            if (c < 0) {
                return null;
            }
            number++;
            while (c >= 0 && c != '\n') {
                if (!overflow) {
                    if (b.size() >= Limits.DOCUMENT_BYTES + 3) { // + room for a byte-order mark
                        overflow = true;
                        b.reset();
                    } else {
                        b.write(c);
                    }
                }
                c = read();
            }
            if (overflow) {
                return new Line(number, null, tooLong());
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b.toByteArray()))
                        .toString();
                return new Line(number, clean(new StringBuilder(text), number), null);
            } catch (CharacterCodingException e) {
                return new Line(number, null, "expected UTF-8 text; the line has an invalid byte sequence");
            }
        }
    }

    /** Drops the line's carriage return (CRLF files) and, on the first line, a byte-order mark. */
    static String clean(StringBuilder b, int number) {
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') {
            end--;
        }
        int start = number == 1 && b.length() > 0 && b.charAt(0) == '\uFEFF' ? 1 : 0;
        return b.substring(start, Math.max(start, end));
    }
}
