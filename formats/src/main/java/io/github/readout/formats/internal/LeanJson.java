package io.github.readout.formats.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The release's JSON without its body text: {@code textLength} and {@code textSha256} stand where
 * {@code text} stood, and every span is kept, so that a user who keeps the source elsewhere can
 * still cut every value out of it.
 */
public final class LeanJson {

    private static final ObjectMapper MAPPER = ReadoutJson.mapper();

    private LeanJson() {}

    /**
     * Returns the lean tree of a release.
     *
     * @param release the release
     * @return its JSON tree without {@code text}
     */
    public static ObjectNode tree(PressRelease release) {
        ObjectNode full = MAPPER.valueToTree(release);
        ObjectNode lean = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : full.properties()) {
            if (field.getKey().equals("text")) {
                lean.put("textLength", release.text().length());
                lean.put("textSha256", sha256(release.text()));
            } else {
                lean.set(field.getKey(), field.getValue());
            }
        }
        return lean;
    }

    /**
     * Reads lean JSON back into a release, given the text it was written without.
     *
     * @param json the lean JSON of one release
     * @param text the release's body text
     * @return the release, equal to the one written
     * @throws io.github.readout.core.InvalidJsonException if the JSON cannot be read as a release
     * @throws IllegalArgumentException if it is not lean JSON, or the text is not the one its spans
     *     point into (another length or another SHA-256)
     */
    public static PressRelease read(String json, String text) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Not JSON at all: ReadoutJson names the line and column, as for any release JSON.
            ReadoutJson.read(json);
            throw new IllegalStateException("JSON that Jackson rejects was read by ReadoutJson", e);
        }
        JsonNode length = tree.path("textLength");
        JsonNode digest = tree.path("textSha256");
        if (!tree.isObject() || tree.has("text") || !length.canConvertToInt() || !digest.isTextual()) {
            throw new IllegalArgumentException("lean JSON: expected an object with textLength and textSha256"
                    + " and no text");
        }
        if (length.intValue() != text.length()) {
            throw new IllegalArgumentException("lean JSON: textLength is " + length.intValue()
                    + " but the text given has " + text.length() + " UTF-16 code units");
        }
        String actual = sha256(text);
        if (!actual.equals(digest.textValue())) {
            throw new IllegalArgumentException("lean JSON: textSha256 is " + digest.textValue()
                    + " but the text given has " + actual + ": it is not the text the spans point into");
        }
        ObjectNode full = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (field.getKey().equals("textLength")) {
                full.put("text", text);
            } else if (!field.getKey().equals("textSha256")) {
                full.set(field.getKey(), field.getValue());
            }
        }
        return ReadoutJson.read(full.toString());
    }

    /**
     * Writes the lean JSON of a release.
     *
     * @param release the release
     * @param pretty whether to indent it
     * @return the JSON text
     */
    public static String write(PressRelease release, boolean pretty) {
        try {
            byte[] json = pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(release))
                    : MAPPER.writeValueAsBytes(tree(release));
            return new String(json, StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Returns the SHA-256 of a text's UTF-8 bytes in lower-case hexadecimal.
     *
     * @param text the text
     * @return 64 hexadecimal digits
     */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
