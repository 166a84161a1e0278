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
 * <p>The format: the number of strings, the length in chars of each, and their text as one UTF-8
 * run, decoded in one call; then the pack's parts, as {@link Lexicons} writes them, in unsigned
 * variable-length ints (seven bits a byte, low bits first), a string written as its number in the
 * table.
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
            StringBuilder text = new StringBuilder();
            for (String each : strings) {
                write(image, each.length());
                text.append(each);
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            write(image, utf8.length);
            image.write(utf8, 0, utf8.length);
            image.write(body.toByteArray(), 0, body.size());
            return image.toByteArray();
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
            int[] lengths = new int[strings.length];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = number();
            }
            int size = number();
            String text = new String(bytes, at, size, StandardCharsets.UTF_8);
            at += size;
            int start = 0;
            for (int i = 0; i < strings.length; i++) {
                strings[i] = text.substring(start, start + lengths[i]);
                start += lengths[i];
            }
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
    }
}
