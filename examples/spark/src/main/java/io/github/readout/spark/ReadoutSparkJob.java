package io.github.readout.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: reads documents, parses them and writes the releases, meetings, participants
 * and errors tables as Parquet under an output folder, one subfolder each (replaced if there).
 *
 * <pre>{@code
 * spark-submit --class io.github.readout.spark.ReadoutSparkJob readout-spark.jar INPUT OUTPUT [FORMAT]
 * }</pre>
 *
 * <p>INPUT is a folder of {@code .txt} files, a Parquet table or a JSON Lines file of
 * {@code (id, text)} (see {@link ReadoutSpark#readDocuments}); FORMAT is {@code auto} (the
 * default), {@code txt}, {@code parquet} or {@code jsonl}. Without a master from
 * {@code spark-submit} the job runs in this JVM on all cores ({@code local[*]}).
 */
public final class ReadoutSparkJob {

    /** The tables written, each to a subfolder of that name. */
    static final List<String> TABLES = List.of("releases", "meetings", "participants", "errors");

    private static final int ERRORS_SHOWN = 20;

    private ReadoutSparkJob() {}

    /**
     * Runs the job.
     *
     * @param args INPUT OUTPUT [FORMAT]
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ReadoutSparkJob INPUT OUTPUT [auto|txt|parquet|jsonl]");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("readout");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            Dataset<Row> documents = ReadoutSpark.readDocuments(spark, args[0], args.length == 3 ? args[2] : "auto");
            ReadoutTables tables = ReadoutSpark.parse(documents);
            write(tables, args[1]);
            report(spark, args[1]);
            tables.unpersist();
        } finally {
            spark.stop();
        }
    }

    /**
     * Writes the four tables as Parquet under a folder.
     *
     * @param tables the tables
     * @param output the folder; each table's subfolder is replaced
     */
    static void write(ReadoutTables tables, String output) {
        List<Dataset<Row>> all = List.of(tables.releases(), tables.meetings(), tables.participants(), tables.errors());
        for (int i = 0; i < TABLES.size(); i++) {
            all.get(i).write().mode(SaveMode.Overwrite).parquet(output + "/" + TABLES.get(i));
        }
    }

    /** Counts from the written tables, and the first errors, each with what and where. */
    private static void report(SparkSession spark, String output) {
        StringBuilder counts = new StringBuilder();
        for (String table : TABLES) {
            long rows = spark.read().parquet(output + "/" + table).count();
            counts.append(counts.length() == 0 ? "" : ", ").append(rows).append(' ').append(table);
        }
        System.out.println("wrote " + counts + " to " + output);
        Dataset<Row> errors = spark.read().parquet(output + "/errors").orderBy("id");
        for (Row error : errors.takeAsList(ERRORS_SHOWN)) {
            System.out.println(String.format(Locale.ROOT, "%s:%d:%d (byte %d): %s: %s", error.getString(0),
                    error.getInt(3), error.getInt(4), error.getInt(5), error.getString(1), error.getString(2)));
        }
    }
}
