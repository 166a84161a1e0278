package io.github.readout.core;

/** What a credit line credits. */
public enum CreditKind {
    /** Images in general: "Images | Kazakh MFA". */
    IMAGE,
    /** A photograph: "Photo credit: …", "Photo: …". */
    PHOTO,
    /** The text itself: "Text: …", "Source: …". */
    TEXT
}
