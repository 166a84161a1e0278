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

    /** Thrown when input is not text: invalid UTF-8 or binary content. Says what and where. */
    public static final class NotText extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final long offset;

        NotText(String code, String message, long offset) {
            super(message);
            this.code = code;
            this.offset = offset;
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
         * Returns where the problem is: a byte offset for undecodable bytes, else a UTF-16 offset.
         *
         * @return the offset, from 0
         */
        public long offset() {
            return offset;
        }
    }

    /**
     * Decodes UTF-8 bytes, with or without a byte-order mark.
     *
     * @param bytes the input
     * @return the decoded text, not yet normalised
     * @throws NotText naming the byte offset of the first byte that is not UTF-8
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
                    in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotText("input.encoding", "input is not UTF-8: truncated sequence at byte offset "
                    + in.position(), in.position());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Brings text into normal form: drops a leading byte-order mark and turns CRLF and CR into LF.
     *
     * @param text the raw text
     * @return the normalised text
     * @throws NotText if the text holds NUL or other control characters that no text has
     */
    public static String normalize(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder out = null;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                throw new NotText("input.binary", "input is binary, not text: control character U+"
                        + String.format("%04X", (int) c) + " at offset " + i, i);
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
