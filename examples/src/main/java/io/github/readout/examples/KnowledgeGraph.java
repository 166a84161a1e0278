package io.github.readout.examples;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import io.github.readout.core.CountryCode;
import io.github.readout.core.PressRelease;
import io.github.readout.formats.ReadoutFormats;
import io.github.readout.parser.FileResult;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A knowledge graph of readouts: releases are parsed, written as schema.org JSON-LD
 * ({@link ReadoutFormats#jsonLd}), read as RDF and kept in an embedded Apache Jena TDB2 store,
 * one named graph per release, so that SPARQL can answer questions across all of them.
 *
 * <pre>{@code
 * try (KnowledgeGraph graph = KnowledgeGraph.open(Path.of("target/graph"))) {
 *     graph.load(Path.of("parser/src/test/resources/corpus"));
 *     graph.whoMet(CountryCode.of("KZ"), 2024).forEach(System.out::println);
 *     graph.meetingsPerCountryPair().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Run: {@code java -cp examples/target/readout.jar
 * io.github.readout.examples.KnowledgeGraph [FOLDER [STORE]]} (default: the parser's test corpus of the repository,
 * and a store in a temporary folder). The store persists: loading a release again replaces it.
 */
public final class KnowledgeGraph implements AutoCloseable {

    /** The folder parsed when no argument is given, relative to the repository root. */
    public static final Path DEFAULT_FOLDER = Path.of("parser", "src", "test", "resources", "corpus");

    /**
     * The titles of a foreign minister, matched case-insensitively: "Foreign Minister", "Minister
     * of Foreign Affairs", "Foreign Affairs Minister" (also inside "Deputy Prime Minister - Minister
     * of Foreign Affairs").
     */
    public static final String FOREIGN_MINISTER = "foreign minister|minister of foreign affairs|foreign affairs minister";

    /** The titles of a foreign minister's deputies, which {@link #FOREIGN_MINISTER} must not take. */
    public static final String DEPUTY_FOREIGN_MINISTER = "deputy (foreign|minister of foreign)";

    private static final String PREFIXES = "PREFIX schema: <http://schema.org/>\n";

    /** Who met a country's foreign minister in a year, and where. */
    private static final String WHO_MET = PREFIXES
            + "SELECT DISTINCT ?event ?eventName ?name ?title ?nationality ?date ?place ?placeCountry ?release WHERE {\n"
            + "  ?event a schema:Event ; schema:name ?eventName ; schema:subjectOf ?article ;\n"
            + "         schema:attendee ?minister , ?other .\n"
            + "  ?article schema:identifier ?release .\n"
            + "  ?minister a schema:Person ; schema:jobTitle ?ministerTitle ;\n"
            + "            schema:nationality/schema:identifier ?country .\n"
            + "  FILTER(REGEX(?ministerTitle, ?ministerPattern, \"i\") && !REGEX(?ministerTitle, ?deputyPattern, \"i\"))\n"
            + "  ?other a schema:Person ; schema:name ?name .\n"
            + "  FILTER(?other != ?minister)\n"
            + "  OPTIONAL { ?other schema:jobTitle ?title }\n"
            + "  OPTIONAL { ?other schema:nationality/schema:identifier ?nationality }\n"
            + "  FILTER(!BOUND(?nationality) || ?nationality != ?country)\n"
            + "  OPTIONAL { ?event schema:startDate ?start }\n"
            + "  OPTIONAL { ?article schema:datePublished ?published }\n"
            + "  BIND(COALESCE(?start, ?published) AS ?date)\n"
            + "  FILTER(SUBSTR(STR(?date), 1, 4) = ?year)\n"
            + "  OPTIONAL { ?event schema:location ?location . ?location schema:name ?place .\n"
            + "             OPTIONAL { ?location schema:address/schema:addressCountry ?placeCountry } }\n"
            + "}\n"
            + "ORDER BY ?date ?release ?event ?name";

    /** Meetings per pair of party countries per year. */
    private static final String PAIRS = PREFIXES
            + "SELECT ?first ?second ?year (COUNT(DISTINCT ?event) AS ?meetings) WHERE {\n"
            + "  ?event a schema:Event ; schema:subjectOf ?article ;\n"
            + "         schema:attendee/schema:areaServed/schema:identifier ?first , ?second .\n"
            + "  FILTER(?first < ?second)\n"
            + "  OPTIONAL { ?event schema:startDate ?start }\n"
            + "  OPTIONAL { ?article schema:datePublished ?published }\n"
            + "  BIND(SUBSTR(STR(COALESCE(?start, ?published)), 1, 4) AS ?year)\n"
            + "  FILTER(BOUND(?year))\n"
            + "}\n"
            + "GROUP BY ?first ?second ?year\n"
            + "ORDER BY DESC(?meetings) ?first ?second ?year";

    /**
     * One person who met the foreign minister, at one meeting.
     *
     * @param release the id of the release that reports the meeting
     * @param meeting the meeting's name
     * @param person the person's name
     * @param title the person's title, if known
     * @param country the person's country, if known
     * @param date the meeting's date (or, without one, its release's publication date)
     * @param place where the meeting took place, if known
     * @param placeCountry the country of the place, if known
     */
    public record Encounter(String release, String meeting, String person, Optional<String> title,
            Optional<String> country, String date, Optional<String> place, Optional<String> placeCountry) {

        @Override
        public String toString() {
            return date + "  " + person + title.map(t -> " (" + t + ")").orElse("")
                    + country.map(c -> " [" + c + "]").orElse("")
                    + "  at " + place.orElse("?") + placeCountry.map(c -> ", " + c).orElse("")
                    + "  — " + meeting + "  [" + release + "]";
        }
    }

    /**
     * How many meetings two countries held in a year.
     *
     * @param first the first country's code, alphabetically
     * @param second the second country's code
     * @param year the year
     * @param meetings how many meetings
     */
    public record PairYear(String first, String second, String year, long meetings) {

        @Override
        public String toString() {
            return first + "–" + second + " " + year + ": " + meetings;
        }
    }

    private final Dataset dataset;
    private final Context jsonLdContext;

    private KnowledgeGraph(Dataset dataset) {
        this.dataset = dataset;
        // The union of the releases' named graphs is what queries see.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.jsonLdContext = offlineSchemaOrg();
    }

    /**
     * Opens (or creates) a TDB2 store in a folder.
     *
     * @param store the store's folder
     * @return the graph; close it to release the store
     */
    public static KnowledgeGraph open(Path store) {
        return new KnowledgeGraph(TDB2Factory.connectDataset(store.toString()));
    }

    /** JSON-LD reading with https://schema.org/ answered from readout-formats, never fetched. */
    private static Context offlineSchemaOrg() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            if (!url.toString().equals(ReadoutFormats.SCHEMA_ORG_CONTEXT)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not fetched: " + url);
            }
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, new StringReader(ReadoutFormats.schemaOrgContext()));
            document.setDocumentUrl(URI.create(ReadoutFormats.SCHEMA_ORG_CONTEXT));
            return document;
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    /**
     * Parses every {@code .txt} file under a folder and stores each release (replacing it if it
     * was stored before). A file that fails to parse is skipped.
     *
     * @param folder the folder of releases
     * @return the number of releases stored
     * @throws IOException if the folder cannot be walked
     */
    public int load(Path folder) throws IOException {
        int stored = 0;
        for (FileResult outcome : PressReleaseParser.create().parseDirectory(folder)) {
            Optional<PressRelease> release = outcome.result().map(ParseResult::release);
            if (release.isPresent()) {
                add(release.get());
                stored++;
            }
        }
        return stored;
    }

    /**
     * Stores one release as its own named graph, replacing an earlier one of the same id.
     *
     * @param release the release
     */
    public void add(PressRelease release) {
        Objects.requireNonNull(release, "release");
        String jsonLd = ReadoutFormats.jsonLd(release);
        Txn.executeWrite(dataset, () -> {
            // The release's own IRI names its graph.
            Model graph = dataset.getNamedModel(ReadoutFormats.jsonLdId(release));
            graph.removeAll();
            RDFParser.create().fromString(jsonLd).lang(Lang.JSONLD).context(jsonLdContext).parse(graph.getGraph());
        });
    }

    /**
     * Who met a country's foreign minister in a year, and where: every other person at a meeting
     * that the minister attended (not counting the minister's own compatriots).
     *
     * @param country the minister's country
     * @param year the year of the meeting (its date, or its release's publication date)
     * @return one encounter per person and meeting, in date order
     */
    public List<Encounter> whoMet(CountryCode country, int year) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(WHO_MET);
        query.setLiteral("country", country.code());
        query.setLiteral("year", String.format("%04d", year));
        query.setLiteral("ministerPattern", FOREIGN_MINISTER);
        query.setLiteral("deputyPattern", DEPUTY_FOREIGN_MINISTER);
        List<Encounter> encounters = new ArrayList<>();
        select(query.toString(), row -> encounters.add(new Encounter(
                text(row, "release").orElseThrow(),
                text(row, "eventName").orElseThrow(),
                text(row, "name").orElseThrow(),
                text(row, "title"),
                text(row, "nationality"),
                row.getLiteral("date").getLexicalForm(),
                text(row, "place"),
                text(row, "placeCountry"))));
        return encounters;
    }

    /**
     * Meetings per pair of party countries per year, most first. A meeting of three countries
     * counts for each of its three pairs; an undated meeting of an undated release is not counted.
     *
     * @return the counts
     */
    public List<PairYear> meetingsPerCountryPair() {
        List<PairYear> pairs = new ArrayList<>();
        select(PAIRS, row -> pairs.add(new PairYear(text(row, "first").orElseThrow(), text(row, "second").orElseThrow(),
                text(row, "year").orElseThrow(), row.getLiteral("meetings").getLong())));
        return pairs;
    }

    /**
     * Runs a SPARQL SELECT query over all stored releases.
     *
     * @param sparql the query, which may use any prefix it declares
     * @param each called with each result row, inside a read transaction
     */
    public void select(String sparql, Consumer<QuerySolution> each) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(sparql).build()) {
                execution.execSelect().forEachRemaining(each);
            }
        });
    }

    private static Optional<String> text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? Optional.empty() : Optional.of(node.asLiteral().getLexicalForm());
    }

    @Override
    public void close() {
        dataset.close();
    }

    /**
     * Loads {@code args[0]} (or {@link #DEFAULT_FOLDER}) into the store {@code args[1]} (or a new
     * temporary one) and prints both answers for Kazakhstan in 2024.
     *
     * @param args an optional folder and an optional store folder
     */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.inRepository(DEFAULT_FOLDER);
        ExampleFiles.runOrExit("KnowledgeGraph", () -> {
            Path store = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("readout-graph");
            run(folder, store, System.out);
        });
    }

    /**
     * Loads a folder into a store and prints who met Kazakhstan's foreign minister in 2024, and
     * the meetings per country pair per year.
     *
     * @param folder the folder of releases
     * @param store the store's folder
     * @param out where to print
     * @throws IOException if a folder cannot be read
     */
    public static void run(Path folder, Path store, PrintStream out) throws IOException {
        try (KnowledgeGraph graph = open(store)) {
            out.println(graph.load(folder) + " releases loaded into " + store);
            out.println();
            out.println("Who met Kazakhstan's foreign minister in 2024, and where:");
            graph.whoMet(CountryCode.of("KZ"), 2024).forEach(e -> out.println("  " + e));
            out.println();
            out.println("Meetings per country pair per year:");
            graph.meetingsPerCountryPair().forEach(p -> out.println("  " + p));
        }
    }
}
