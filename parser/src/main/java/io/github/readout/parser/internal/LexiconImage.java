package io.github.readout.parser.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A language pack's phrase indexes and word lists as the build computed them from the pack's files,
 * in a compact image that its bundle holds ({@link LexiconBundle}). A parser's creation restores
 * them from it instead of tokenizing and case-folding thousands of phrases, which it did while the
 * JIT had compiled none of that code.
 *
 * <p>The format: the number of strings; the length in chars of each, shifted left by one bit
 * that is set for a string with a char beyond Latin-1; the text of the Latin-1 strings as one
 * ISO-8859-1 run and that of the others as one UTF-8 run, each decoded in one call (the few
 * names such as "Gdańsk" in a single run of them all made every English string a copy from
 * UTF-16, decoded by code the JIT had not compiled yet); then the
 * pack's parts, as {@link Lexicons} writes them, in unsigned variable-length ints (seven bits a
 * byte, low bits first), a string written as its number in the table.
 */
final class LexiconImage {

    private LexiconImage() {}

    /** Writes an image: the build's side. */
    static final class Out {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        /** Writes an int of zero or more. */
        void number(int value) {
            write(body, value);
        }

        /** Writes a string, each distinct one stored once. */
        void string(String text) {
            Integer number = numbers.get(text);
            if (number == null) {
                number = strings.size();
                numbers.put(text, number);
                strings.add(text);
            }
            number(number);
        }

        /** The image: the table of strings, then what was written. */
        byte[] bytes() {
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            write(image, strings.size());
            StringBuilder latin1 = new StringBuilder();
            StringBuilder other = new StringBuilder();
            for (String each : strings) {
                boolean isLatin1 = isLatin1(each);
                write(image, each.length() << 1 | (isLatin1 ? 0 : 1));
                (isLatin1 ? latin1 : other).append(each);
            }
            for (byte[] run : List.of(latin1.toString().getBytes(StandardCharsets.ISO_8859_1),
                    other.toString().getBytes(StandardCharsets.UTF_8))) {
                write(image, run.length);
                image.write(run, 0, run.length);
            }
            image.write(body.toByteArray(), 0, body.size());
            return image.toByteArray();
        }

        private static boolean isLatin1(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0xff) {
                    return false;
                }
            }
            return true;
        }

        private static void write(ByteArrayOutputStream out, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative: " + value);
            }
            int rest = value;
            while (rest >= 0x80) {
                out.write(rest & 0x7f | 0x80);
                rest >>>= 7;
            }
            out.write(rest);
        }
    }

    /** Reads an image: a parser's side. */
    static final class In {
        private final byte[] bytes;
        private int at;
        private final String[] strings;
        /** The number of each string that {@link #wordId} read ({@link WordIds}) plus one, 0 until first read. */
        private final int[] wordIds;

        /**
         * Opens the image that starts at an offset of an array.
         *
         * @param bytes the array
         * @param offset where the image starts
         */
        In(byte[] bytes, int offset) {
            this.bytes = bytes;
            this.at = offset;
            strings = new String[number()];
            wordIds = new int[strings.length];
            int[] lengths = new int[strings.length];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = number();
            }
            String latin1 = run(StandardCharsets.ISO_8859_1);
            String other = run(StandardCharsets.UTF_8);
            int inLatin1 = 0;
            int inOther = 0;
            for (int i = 0; i < strings.length; i++) {
                int length = lengths[i] >>> 1;
                if ((lengths[i] & 1) == 0) {
                    strings[i] = latin1.substring(inLatin1, inLatin1 + length);
                    inLatin1 += length;
                } else {
                    strings[i] = other.substring(inOther, inOther + length);
                    inOther += length;
                }
            }
        }

        /** The text of a run of strings, decoded in one call. */
        private String run(java.nio.charset.Charset charset) {
            int size = number();
            String text = new String(bytes, at, size, charset);
            at += size;
            return text;
        }

        /** Reads an int of zero or more. */
        int number() {
            int value = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[at++];
                value |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }

        /** Reads a string. */
        String string() {
            return strings[number()];
        }

        /** Reads a string that is a word in lookup form, as its number: a word the image has many times is numbered once. */
        int wordId() {
            int at = number();
            if (wordIds[at] == 0) {
                wordIds[at] = WordIds.add(strings[at]) + 1;
            }
            return wordIds[at] - 1;
        }
    }
}
