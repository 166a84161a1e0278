package io.github.readout.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Counts the meetings of a folder of releases by kind on a local Spark, and shows the documents
 * that could not be parsed.
 */
public final class MeetingsPerKind {

    private MeetingsPerKind() {}

    /**
     * Runs the example.
     *
     * @param args a folder of {@code .txt} files, a Parquet table or a JSON Lines file of {@code (id, text)}
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[*]").appName("meetings-per-kind").getOrCreate();
        ReadoutTables tables = ReadoutSpark.parse(ReadoutSpark.readDocuments(spark, args[0], "auto"));
        tables.meetings().groupBy("kind").count().orderBy("kind").show();
        tables.errors().show(false);
        tables.unpersist();
        spark.stop();
    }
}
