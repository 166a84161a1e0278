package io.github.readout.formats;

import io.github.readout.formats.internal.CsvTables;
import java.util.List;

/**
 * The three tables that {@link ReadoutFormats#csvWriter} writes, each a file with a header row
 * and a stable column order. Indexes count from 0, as in the JSON ({@code meetings[0]}); an absent
 * value is an empty field; offsets are UTF-16 code units into the release text, end exclusive.
 */
public enum CsvTable {

    /**
     * {@code releases.csv}, one row per release: {@code id}, {@code published}, {@code title},
     * {@code dateline} (its place), {@code attribution} (its organisation), {@code textLength},
     * {@code meetingCount}, {@code relatedCount}, {@code peopleCount}.
     */
    RELEASES(CsvTables.RELEASES, CsvTables.RELEASE_COLUMNS),

    /**
     * {@code meetings.csv}, one row per meeting, keyed by {@code releaseId} and
     * {@code meetingIndex}: {@code kind}, {@code name}, {@code abbreviation}, {@code sequence},
     * {@code date}, {@code datePrecision}, {@code dateText}, {@code location},
     * {@code locationCountry}, {@code countries} (codes separated by spaces),
     * {@code participantCount}, {@code topics} (labels separated by {@code "; "}),
     * {@code outcomeCount}, {@code nextDate}, {@code nextDatePrecision}, {@code nextLocation},
     * {@code nextLocationCountry}, {@code spanStart}, {@code spanEnd}.
     */
    MEETINGS(CsvTables.MEETINGS, CsvTables.MEETING_COLUMNS),

    /**
     * {@code participants.csv}, one row per participant of a meeting, keyed by {@code releaseId},
     * {@code meetingIndex} and {@code participantIndex}: {@code name}, {@code title},
     * {@code organization}, {@code country}, {@code spanStart}, {@code spanEnd}.
     */
    PARTICIPANTS(CsvTables.PARTICIPANTS, CsvTables.PARTICIPANT_COLUMNS);

    private final String fileName;
    private final List<String> columns;

    CsvTable(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /**
     * Returns the table's file name.
     *
     * @return such as {@code meetings.csv}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the table's columns in the order they are written.
     *
     * @return the header row's names
     */
    public List<String> columns() {
        return columns;
    }
}
