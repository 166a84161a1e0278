package io.github.readout.parser.internal;

import io.github.readout.core.Span;
import java.util.Optional;

/**
 * One value of a parsed release and the rule that gave it.
 *
 * @param path where the value is in the release, such as {@code meetings[0].kind}
 * @param value the value as written in the JSON
 * @param rule what the rule is, in words
 * @param span the words the value rests on, in the release text
 */
public record Explained(String path, String value, String rule, Optional<Span> span) {}
