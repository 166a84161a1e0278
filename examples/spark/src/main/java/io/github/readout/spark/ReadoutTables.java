package io.github.readout.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables parsed from a set of documents, each with the schema given in {@link ReadoutSpark}.
 * They share one persisted parse: reading several parses each document once.
 *
 * <pre>{@code
 * ReadoutTables tables = ReadoutSpark.parse(documents);
 * tables.releases().write().parquet("out/releases");
 * tables.unpersist();
 * }</pre>
 */
public final class ReadoutTables {

    private final Dataset<Row> parsed;
    private final Dataset<Row> releases;
    private final Dataset<Row> meetings;
    private final Dataset<Row> participants;
    private final Dataset<Row> errors;

    ReadoutTables(Dataset<Row> parsed, Dataset<Row> releases, Dataset<Row> meetings,
            Dataset<Row> participants, Dataset<Row> errors) {
        this.parsed = parsed;
        this.releases = releases;
        this.meetings = meetings;
        this.participants = participants;
        this.errors = errors;
    }

    /**
     * Returns one row per parsed document ({@link ReadoutSpark#RELEASES_SCHEMA}).
     *
     * @return the releases
     */
    public Dataset<Row> releases() {
        return releases;
    }

    /**
     * Returns one row per meeting ({@link ReadoutSpark#MEETINGS_SCHEMA}).
     *
     * @return the meetings
     */
    public Dataset<Row> meetings() {
        return meetings;
    }

    /**
     * Returns one row per participant of a meeting ({@link ReadoutSpark#PARTICIPANTS_SCHEMA}).
     *
     * @return the participants
     */
    public Dataset<Row> participants() {
        return participants;
    }

    /**
     * Returns one row per document that could not be parsed ({@link ReadoutSpark#ERRORS_SCHEMA}).
     *
     * @return the errors
     */
    public Dataset<Row> errors() {
        return errors;
    }

    /** Releases the persisted parse once the tables are written. */
    public void unpersist() {
        parsed.unpersist();
    }
}
