package io.github.readout.examples;

import io.github.readout.parser.Evidence;
import io.github.readout.parser.PressReleaseParser;

/** Prints why each meeting value of the release given (as its text) in the first argument is what it is. */
public class ExplainedRelease {
    public static void main(String[] args) {
        PressReleaseParser parser = PressReleaseParser.builder().explain(true).build();
        for (Evidence evidence : parser.parse(args[0]).evidence()) {
            System.out.println(evidence);
        }
    }
}
