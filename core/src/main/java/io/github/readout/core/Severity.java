package io.github.readout.core;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Something could not be read; the result lacks what it would have held. */
    ERROR,
    /** Something was read with a guess or left out; the result may be incomplete. */
    WARNING,
    /** A remark that needs no action. */
    INFO
}
