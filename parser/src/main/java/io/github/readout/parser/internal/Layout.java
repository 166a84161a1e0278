package io.github.readout.parser.internal;

import io.github.readout.core.Attribution;
import io.github.readout.core.Credit;
import io.github.readout.core.Dateline;
import io.github.readout.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * The body once page furniture is set aside: the prose blocks that meetings are read from,
 * and what the furniture said (credits, dateline, attribution).
 *
 * @param prose the prose blocks, in order, the dateline cut off the first
 * @param credits the credit lines
 * @param dateline the dateline that opens the body, if any
 * @param attribution who the release names as its source, if anyone
 * @param asides lines outside the prose that still name people ("The following is attributable
 *     to Spokesperson …")
 * @param headings the headings above the prose, kept out of it: a page's headline
 */
public record Layout(
        List<Span> prose,
        List<Credit> credits,
        Optional<Dateline> dateline,
        Optional<Attribution> attribution,
        List<Span> asides,
        List<Span> headings) {}
