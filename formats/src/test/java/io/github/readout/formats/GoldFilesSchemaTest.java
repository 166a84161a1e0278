package io.github.readout.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.readout.core.ReadoutJsonSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Gold files are subsets of the JSON contract: each may leave fields out, but every field it
 * states has the type, form and values the JSON Schema gives it.
 */
class GoldFilesSchemaTest {

    @Test
    void everyGoldFileStatesOnlyWhatTheSchemaAllows() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ReadoutJsonSchema.text(), InputFormat.JSON);
        List<Path> golds;
        try (Stream<Path> walk = Files.walk(Path.of("../parser/src/test/resources"))) {
            golds = walk.filter(p -> p.toString().endsWith(".gold.json")).sorted().collect(Collectors.toList());
        }
        assertThat(golds).hasSizeGreaterThan(300);
        List<String> problems = new ArrayList<>();
        for (Path gold : golds) {
            for (Error error : schema.validate(Files.readString(gold, StandardCharsets.UTF_8), InputFormat.JSON)) {
                // A subset leaves out what it does not state, so a missing field is no problem.
                boolean missing = error.getKeyword().equals("required") || error.getKeyword().equals("oneOf");
                if (!missing) {
                    problems.add(gold.getFileName() + ": " + error);
                }
            }
        }
        // Two gold files give a related event the abbreviation and sequence of its series, which the
        // model keeps for meetings only (the scorer scores them for related events, which no output
        // can then match). Anything else is a gold file at odds with the contract.
        assertThat(problems).containsExactlyInAnyOrder(
                "announcement-tiif-forum.gold.json: /related/0: property 'abbreviation' is not defined in the"
                        + " schema and the schema does not allow additional properties",
                "announcement-tiif-forum.gold.json: /related/0: property 'sequence' is not defined in the"
                        + " schema and the schema does not allow additional properties",
                "phone-kulubaev-bayramov.gold.json: /related/2: property 'abbreviation' is not defined in the"
                        + " schema and the schema does not allow additional properties",
                "phone-kulubaev-bayramov.gold.json: /related/2: property 'sequence' is not defined in the"
                        + " schema and the schema does not allow additional properties");
    }
}
