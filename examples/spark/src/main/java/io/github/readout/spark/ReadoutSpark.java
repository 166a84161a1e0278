package io.github.readout.spark;

import io.github.readout.spark.internal.ReleaseRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Parses press releases inside Apache Spark jobs into four tables with fixed schemas: releases,
 * meetings, participants and errors.
 *
 * <p>Each executor JVM builds one parser, lazily, the first time one of its partitions is
 * parsed; the parser is never serialized. A document that cannot be parsed (not UTF-8, over the
 * size limit, empty or only white space, no id) does not fail the job: it becomes a row of the errors table.
 *
 * <pre>{@code
 * Dataset<Row> documents = ReadoutSpark.readDocuments(spark, "releases/");  // (id, text) rows
 * ReadoutTables tables = ReadoutSpark.parse(documents);
 * tables.meetings().groupBy("kind").count().show();
 * tables.errors().show(false);
 * }</pre>
 */
public final class ReadoutSpark {

    /** Schema of a diagnostic: severity, code, message and where (line, column, byte offset). */
    public static final StructType DIAGNOSTIC_SCHEMA = new StructType(new StructField[] {
        field("severity", DataTypes.StringType, false),
        field("code", DataTypes.StringType, false),
        field("message", DataTypes.StringType, false),
        field("line", DataTypes.IntegerType, false),
        field("column", DataTypes.IntegerType, false),
        field("offset", DataTypes.IntegerType, false)});

    /**
     * Schema of the releases table, one row per parsed document: {@code id},
     * {@code published} (date), {@code dateline} (place), {@code title}, {@code attribution}
     * (organisation), {@code meeting_count} and {@code diagnostics} (warnings from the parser).
     */
    public static final StructType RELEASES_SCHEMA = new StructType(new StructField[] {
        field("id", DataTypes.StringType, false),
        field("published", DataTypes.DateType, true),
        field("dateline", DataTypes.StringType, true),
        field("title", DataTypes.StringType, true),
        field("attribution", DataTypes.StringType, true),
        field("meeting_count", DataTypes.IntegerType, false),
        field("diagnostics", DataTypes.createArrayType(DIAGNOSTIC_SCHEMA, false), false)});

    /**
     * Schema of the meetings table, one row per meeting: {@code release_id},
     * {@code meeting_index} (from 0, in the order of the release), {@code kind}, {@code name},
     * {@code abbreviation}, {@code sequence}, the date as written ({@code date_text}), its value
     * in ISO form whose length is its precision ({@code date_value}: {@code 2024-05-31},
     * {@code 2024-05} or {@code 2024}), {@code date_precision} ({@code DAY}, {@code MONTH},
     * {@code YEAR}…), the first and last day it covers ({@code date_start}, {@code date_end}),
     * {@code place}, {@code place_country} and {@code countries} (ISO codes).
     */
    public static final StructType MEETINGS_SCHEMA = new StructType(new StructField[] {
        field("release_id", DataTypes.StringType, false),
        field("meeting_index", DataTypes.IntegerType, false),
        field("kind", DataTypes.StringType, false),
        field("name", DataTypes.StringType, true),
        field("abbreviation", DataTypes.StringType, true),
        field("sequence", DataTypes.IntegerType, true),
        field("date_text", DataTypes.StringType, true),
        field("date_value", DataTypes.StringType, true),
        field("date_precision", DataTypes.StringType, true),
        field("date_start", DataTypes.DateType, true),
        field("date_end", DataTypes.DateType, true),
        field("place", DataTypes.StringType, true),
        field("place_country", DataTypes.StringType, true),
        field("countries", DataTypes.createArrayType(DataTypes.StringType, false), false)});

    /**
     * Schema of the participants table, one row per participant of a meeting:
     * {@code release_id}, {@code meeting_index}, {@code participant_index}, {@code name},
     * {@code title}, {@code organization} and {@code country}.
     */
    public static final StructType PARTICIPANTS_SCHEMA = new StructType(new StructField[] {
        field("release_id", DataTypes.StringType, false),
        field("meeting_index", DataTypes.IntegerType, false),
        field("participant_index", DataTypes.IntegerType, false),
        field("name", DataTypes.StringType, false),
        field("title", DataTypes.StringType, true),
        field("organization", DataTypes.StringType, true),
        field("country", DataTypes.StringType, true)});

    /**
     * Schema of the errors table, one row per document that could not be parsed: its
     * {@code id} (empty when the row had none), the stable {@code code} (such as
     * {@code input.encoding}, {@code input.too-large} or {@code input.empty}), the {@code message} and where
     * ({@code line}, {@code column}, byte {@code offset}).
     */
    public static final StructType ERRORS_SCHEMA = new StructType(new StructField[] {
        field("id", DataTypes.StringType, false),
        field("code", DataTypes.StringType, false),
        field("message", DataTypes.StringType, false),
        field("line", DataTypes.IntegerType, false),
        field("column", DataTypes.IntegerType, false),
        field("offset", DataTypes.IntegerType, false)});

    /** One row per input document: the release, its meetings and participants, or its error. */
    static final StructType PARSED_SCHEMA = new StructType(new StructField[] {
        field("release", RELEASES_SCHEMA, true),
        field("meetings", DataTypes.createArrayType(MEETINGS_SCHEMA, false), false),
        field("participants", DataTypes.createArrayType(PARTICIPANTS_SCHEMA, false), false),
        field("error", ERRORS_SCHEMA, true)});

    private ReadoutSpark() {}

    /**
     * Parses documents: rows with a string column {@code id} and a column {@code text}, either a
     * string or binary (raw bytes, decoded as UTF-8 with a byte-order mark or none; invalid bytes
     * are an error row naming their offset). Other columns are ignored.
     *
     * <p>The parsed rows are persisted ({@link StorageLevel#MEMORY_AND_DISK()}) so that the four
     * tables parse each document once; {@link ReadoutTables#unpersist()} releases them.
     *
     * @param documents rows of {@code (id, text)}
     * @return the four tables
     * @throws IllegalArgumentException if {@code documents} lacks {@code id} or {@code text}, or
     *     they have another type
     */
    public static ReadoutTables parse(Dataset<Row> documents) {
        StructType schema = documents.schema();
        requireColumn(schema, "id", DataTypes.StringType);
        requireColumn(schema, "text", DataTypes.StringType, DataTypes.BinaryType);
        Dataset<Row> input = documents.select(documents.col("id"), documents.col("text"));
        boolean localDates = Boolean.parseBoolean(documents.sparkSession().conf()
                .get("spark.sql.datetime.java8API.enabled", "false"));
        Dataset<Row> parsed = input.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> ReleaseRows.parsePartition(rows, localDates),
                Encoders.row(PARSED_SCHEMA));
        parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> releases = parsed.where(parsed.col("release").isNotNull()).select("release.*");
        Dataset<Row> meetings = explode(parsed, "meetings");
        Dataset<Row> participants = explode(parsed, "participants");
        Dataset<Row> errors = parsed.where(parsed.col("error").isNotNull()).select("error.*");
        return new ReadoutTables(parsed, releases, meetings, participants, errors);
    }

    /**
     * Reads documents as rows of {@code (id, text)} from a path: a folder (searched recursively)
     * of {@code .txt} files, whose ids are their file names without extension and whose text is
     * kept as raw bytes; a Parquet table ({@code .parquet} or a folder of Parquet files with
     * {@code --format parquet}); or a JSON Lines file ({@code .jsonl}, {@code .json}) of
     * {@code {"id": …, "text": …}} objects.
     *
     * @param spark the session
     * @param path a folder of {@code .txt} files, a Parquet table or a JSON Lines file
     * @param format {@code txt}, {@code parquet} or {@code jsonl}; {@code auto} picks by the path's
     *     extension, and takes a folder as {@code .txt} files
     * @return rows of {@code (id, text)}
     * @throws IllegalArgumentException if the format is unknown
     */
    public static Dataset<Row> readDocuments(SparkSession spark, String path, String format) {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (chosen.equals("auto")) {
            String lower = path.toLowerCase(Locale.ROOT);
            chosen = lower.endsWith(".parquet") ? "parquet"
                    : lower.endsWith(".jsonl") || lower.endsWith(".json") ? "jsonl" : "txt";
        }
        switch (chosen) {
            case "txt":
                Dataset<Row> files = spark.read().format("binaryFile")
                        .option("pathGlobFilter", "*.txt")
                        .option("recursiveFileLookup", "true")
                        .load(path);
                Column name = functions.element_at(functions.split(files.col("path"), "/"), -1);
                Column id = functions.regexp_replace(name, "\\.[^.]*$", "");
                return files.select(id.as("id"), files.col("content").as("text"))
                        .union(emptyFiles(spark, path));
            case "parquet":
                return spark.read().parquet(path).select("id", "text");
            case "jsonl":
                return spark.read()
                        .schema(new StructType(new StructField[] {
                            field("id", DataTypes.StringType, true),
                            field("text", DataTypes.StringType, true)}))
                        .json(path);
            default:
                throw new IllegalArgumentException("format: " + format + " is none of auto, txt, parquet, jsonl");
        }
    }

    /**
     * Spark's file sources skip files of no bytes; they are documents too, and must reach the
     * errors table. The driver lists the folder anyway to plan the read.
     */
    private static Dataset<Row> emptyFiles(SparkSession spark, String folder) {
        List<Row> empty = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
            FileSystem fileSystem = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            RemoteIterator<LocatedFileStatus> files = fileSystem.listFiles(root, true);
            while (files.hasNext()) {
                LocatedFileStatus file = files.next();
                String name = file.getPath().getName();
                if (file.getLen() == 0 && name.endsWith(".txt")) {
                    empty.add(RowFactory.create(name.substring(0, name.length() - ".txt".length()), new byte[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list: " + e.getMessage(), e);
        }
        return spark.createDataFrame(empty, new StructType(new StructField[] {
            field("id", DataTypes.StringType, false),
            field("text", DataTypes.BinaryType, true)}));
    }

    private static Dataset<Row> explode(Dataset<Row> parsed, String column) {
        return parsed.select(functions.explode(parsed.col(column)).as("row")).select("row.*");
    }

    private static void requireColumn(StructType schema, String name, DataType... types) {
        StructField found = Arrays.stream(schema.fields()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("documents: no column " + name
                        + " among " + Arrays.toString(schema.fieldNames())));
        if (Arrays.stream(types).noneMatch(type -> type.equals(found.dataType()))) {
            throw new IllegalArgumentException("documents: column " + name + " is "
                    + found.dataType().simpleString() + ", expected " + Arrays.stream(types)
                    .map(DataType::simpleString).reduce((a, b) -> a + " or " + b).orElse(""));
        }
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
