package io.github.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents go to the errors table; the good ones beside them are all parsed. */
class BrokenInputTest {

    private static final Path SEEDS = Path.of("../../seeds");

    @TempDir
    Path work;

    @Test
    void aFolderWithBrokenFilesWritesEveryGoodReleaseAndEachBadFileAsAnError() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        List<Path> seeds = ReadoutSparkTest.texts(SEEDS);
        for (Path seed : seeds) {
            Files.copy(seed, input.resolve(seed.getFileName()));
            Files.copy(seed, input.resolve("copy-" + seed.getFileName()));
        }
        byte[] seedBytes = Files.readAllBytes(seeds.get(0));
        byte[] invalid = Arrays.copyOf(seedBytes, seedBytes.length);
        invalid[100] = (byte) 0xC3;
        invalid[101] = (byte) 0x28;
        Files.write(input.resolve("invalid-utf8.txt"), invalid);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        byte[] huge = new byte[PressReleaseParser.DEFAULT_MAX_INPUT_LENGTH + 1];
        Arrays.fill(huge, (byte) 'a');
        Files.write(input.resolve("too-large.txt"), huge);
        Files.writeString(input.resolve("not-a-release.md"), "ignored: not a .txt file");

        SparkSession spark = LocalSpark.session();
        String output = work.resolve("out").toString();
        ReadoutTables tables = ReadoutSpark.parse(ReadoutSpark.readDocuments(spark, input.toString(), "auto"));
        ReadoutSparkJob.write(tables, output);
        tables.unpersist();

        List<String> releases = spark.read().parquet(output + "/releases").collectAsList().stream()
                .map(row -> row.getString(0)).sorted().collect(Collectors.toList());
        String seedId = seeds.get(0).getFileName().toString().replace(".txt", "");
        assertThat(releases).containsExactly(seedId, "copy-" + seedId);
        assertThat(spark.read().parquet(output + "/meetings").where("release_id = 'copy-" + seedId + "'").count())
                .isEqualTo(spark.read().parquet(output + "/meetings").where("release_id = '" + seedId + "'").count())
                .isPositive();

        Map<String, Row> errors = spark.read().parquet(output + "/errors").collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getString(0), row -> row));
        assertThat(errors).containsOnlyKeys("invalid-utf8", "empty", "too-large");
        assertThat(errors.get("invalid-utf8").getString(1)).isEqualTo("input.encoding");
        assertThat(errors.get("invalid-utf8").getString(2)).contains("byte offset 100");
        assertThat(errors.get("invalid-utf8").getInt(5)).isEqualTo(100);
        assertThat(errors.get("empty").getString(1)).isEqualTo("input.empty");
        assertThat(errors.get("too-large").getString(1)).isEqualTo("input.too-large");
    }

    @Test
    void rowsWithoutIdOrTextAreErrorsAndTextRowsParse() throws IOException {
        SparkSession spark = LocalSpark.session();
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true)});
        String seed = Files.readString(ReadoutSparkTest.texts(SEEDS).get(0));
        Dataset<Row> documents = spark.createDataFrame(List.of(
                RowFactory.create("good", seed),
                RowFactory.create(null, seed),
                RowFactory.create("no-text", null),
                RowFactory.create("blank", " \n\t ")), schema);

        ReadoutTables tables = ReadoutSpark.parse(documents);

        assertThat(tables.releases().collectAsList()).extracting(row -> row.getString(0)).containsExactly("good");
        assertThat(tables.errors().collectAsList())
                .extracting(row -> row.getString(0) + ": " + row.getString(1))
                .containsExactlyInAnyOrder(": input.id-missing", "no-text: input.text-missing", "blank: input.empty");
        tables.unpersist();
    }
}
