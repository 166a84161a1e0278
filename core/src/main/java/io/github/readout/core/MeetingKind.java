package io.github.readout.core;

/** The kind of a meeting or event, as a release describes it. */
public enum MeetingKind {
    /** A named dialogue series, such as a Strategic Partnership Dialogue. */
    DIALOGUE,
    /** Negotiations or talks between delegations. */
    TALKS,
    /** A meeting between officials, including ministerial meetings. */
    MEETING,
    /** A visit, official or working, of one side to another. */
    VISIT,
    /** A gathering of heads of state or government, whatever the text calls it. */
    SUMMIT,
    /** A telephone conversation. */
    PHONE_CALL,
    /** A meeting held by video link. */
    VIDEO_CONFERENCE,
    /** Political or consular consultations between ministries. */
    CONSULTATIONS,
    /** A round table. */
    ROUND_TABLE,
    /** A conference, forum or congress. */
    CONFERENCE,
    /** Any other kind of event. */
    OTHER
}
