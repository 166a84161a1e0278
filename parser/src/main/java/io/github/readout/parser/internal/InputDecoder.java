package io.github.readout.parser.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first stage: bytes into text, and text into the normal form every later stage reads:
 * no byte-order mark, LF line breaks, no binary content.
 */
public final class InputDecoder {

    private InputDecoder() {}

    /**
     * Thrown when input is not text: invalid UTF-8 or binary content. Says what and where, placed
     * in the text as {@link #locate} places it.
     */
    public static final class NotText extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final int offset;
        private final int line;
        private final int column;

        NotText(String code, String message, CharSequence text, int offset) {
            super(message);
            this.code = code;
            this.offset = offset;
            int[] place = locate(text, offset);
            this.line = place[0];
            this.column = place[1];
        }

        /**
         * Returns the stable code of the problem.
         *
         * @return the code
         */
        public String code() {
            return code;
        }

        /**
         * Returns where the problem is, as a UTF-16 offset into the text: the text as given, or
         * for undecodable bytes the text decoded before them (the message names their byte offset).
         *
         * @return the offset, from 0
         */
        public int offset() {
            return offset;
        }

        /**
         * Returns the line of the problem.
         *
         * @return the line, from 1
         */
        public int line() {
            return line;
        }

        /**
         * Returns the column of the problem, in characters.
         *
         * @return the column, from 1
         */
        public int column() {
            return column;
        }
    }

    /**
     * Places an offset of a text that is not yet normalised the way diagnostics of the
     * normalised text are placed: LF, CRLF and CR each end a line, and the byte-order marks that
     * open the text take no column.
     *
     * @param text the text
     * @param offset a UTF-16 offset into it
     * @return the line and the column, both from 1
     */
    public static int[] locate(CharSequence text, int offset) {
        int line = 1;
        int lineStart = leadingByteOrderMarks(text);
        int end = Math.min(offset, text.length());
        for (int i = lineStart; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, Math.max(offset - lineStart, 0) + 1};
    }

    /**
     * Counts the byte-order marks that open a text. Normal text has one at most, but files
     * joined together or written twice over a BOM-adding tool start with several.
     *
     * @param text the text
     * @return how many U+FEFF open it
     */
    public static int leadingByteOrderMarks(CharSequence text) {
        int count = 0;
        while (count < text.length() && text.charAt(count) == '\uFEFF') {
            count++;
        }
        return count;
    }

    /**
     * Decodes UTF-8 bytes, with or without a byte-order mark.
     *
     * @param bytes the input
     * @return the decoded text, not yet normalised
     * @throws NotText naming the byte offset of the first byte that is not UTF-8, placed at the
     *     end of the text decoded before it
     */
    public static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotText("input.encoding",
                    "input is not UTF-8: invalid byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                            + " at byte offset " + in.position(),
                    CharBuffer.wrap(out.array(), 0, out.position()), out.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotText("input.encoding", "input is not UTF-8: truncated sequence at byte offset "
                    + in.position(), CharBuffer.wrap(out.array(), 0, out.position()), out.position());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Brings text into normal form: drops the byte-order marks that open it and turns CRLF and
     * CR into LF. {@code Problems} maps offsets of the normal form back into the text.
     *
     * @param text the raw text
     * @return the normalised text
     * @throws NotText if the text holds NUL or other control characters that no text has
     */
    public static String normalize(String text) {
        int start = leadingByteOrderMarks(text);
        StringBuilder out = null;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                throw new NotText("input.binary", "input is binary, not text: control character U+"
                        + String.format("%04X", (int) c) + " at offset " + i, text, i);
            }
            if (c == '\r') {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, start, i);
                }
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        if (out != null) {
            return out.toString();
        }
        return start == 0 ? text : text.substring(start);
    }
}
