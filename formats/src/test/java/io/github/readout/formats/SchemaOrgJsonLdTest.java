package io.github.readout.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.formats.internal.SchemaOrgJsonLd;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema.org JSON-LD is real linked data: Apache Jena's JSON-LD 1.1 processor reads every
 * release of every corpus into RDF (the schema.org context served offline from the jar), the
 * graph conforms to a SHACL shape, and SPARQL finds in it the values of the JSON model.
 */
class SchemaOrgJsonLdTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();
    private static final String SCHEMA = "http://schema.org/";
    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        Graph shapeGraph = RDFParser.source(SchemaOrgJsonLdTest.class
                .getResource("readout-schema.org.shacl.ttl").toString()).lang(Lang.TURTLE).toGraph();
        shapes = Shapes.parse(shapeGraph);
    }

    /** Answers https://schema.org/ from the jar's resource and refuses every other document. */
    private static final class OfflineSchemaOrg implements DocumentLoader {
        private final Document context;

        OfflineSchemaOrg() throws JsonLdError {
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, new StringReader(ReadoutFormats.schemaOrgContext()));
            document.setDocumentUrl(URI.create(ReadoutFormats.SCHEMA_ORG_CONTEXT));
            this.context = document;
        }

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (url.toString().equals(ReadoutFormats.SCHEMA_ORG_CONTEXT)) {
                return context;
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
        }
    }

    /** Reads JSON-LD as Jena would from the web, with the schema.org context served offline. */
    static Model read(String jsonLd) {
        JsonLdOptions options = new JsonLdOptions();
        try {
            options.setDocumentLoader(new OfflineSchemaOrg());
        } catch (JsonLdError e) {
            throw new IllegalStateException("the schema.org context resource is not JSON", e);
        }
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(jsonLd).lang(Lang.JSONLD).context(context).parse(model.getGraph());
        return model;
    }

    private static List<QuerySolution> select(Model model, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model)
                .query("PREFIX schema: <" + SCHEMA + ">\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + query)
                .build()) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void everyReleaseOfEveryCorpusIsLinkedDataThatConformsToTheShape() throws Exception {
        int events = 0;
        for (PressRelease release : Corpora.all()) {
            String jsonLd = ReadoutFormats.jsonLd(release);
            Model model = read(jsonLd);
            ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
            assertThat(report.conforms()).as(release.id() + ": " + report.getEntries()).isTrue();
            JsonNode json = JSON.readTree(ReadoutJson.write(release));
            checkValues(release, json, model);
            events += json.path("meetings").size();
        }
        assertThat(events).isGreaterThan(150);
    }

    private static void checkValues(PressRelease release, JsonNode json, Model model) {
        String article = ReadoutFormats.jsonLdId(release);
        List<QuerySolution> articles = select(model, "SELECT ?id ?published WHERE { <" + article
                + "> a schema:NewsArticle ; schema:identifier ?id . OPTIONAL { <" + article + "> schema:datePublished ?published } }");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).getLiteral("id").getString()).isEqualTo(release.id());
        if (json.has("published")) {
            assertThat(articles.get(0).getLiteral("published").getLexicalForm()).isEqualTo(json.path("published").asText());
        }
        assertThat(select(model, "SELECT ?e WHERE { ?e a schema:Event ; schema:subjectOf <" + article + "> }"))
                .as(release.id()).hasSize(json.path("meetings").size());
        for (int m = 0; m < json.path("meetings").size(); m++) {
            JsonNode meeting = json.path("meetings").get(m);
            String event = "<" + SchemaOrgJsonLd.meetingId(release, m) + ">";
            String where = release.id() + " meeting " + m;
            List<QuerySolution> dates = select(model, "SELECT ?d WHERE { " + event + " schema:startDate ?d }");
            if (meeting.path("date").has("value")) {
                assertThat(dates).as(where).hasSize(1);
                assertThat(dates.get(0).getLiteral("d").getLexicalForm()).isEqualTo(meeting.path("date").path("value").asText());
                String expectedType = switch (meeting.path("date").path("precision").asText()) {
                    case "DAY" -> "date";
                    case "MONTH" -> "gYearMonth";
                    default -> "gYear";
                };
                assertThat(dates.get(0).getLiteral("d").getDatatypeURI()).as(where)
                        .isEqualTo("http://www.w3.org/2001/XMLSchema#" + expectedType);
            } else {
                assertThat(dates).as(where).isEmpty();
            }
            Set<String> attendees = new TreeSet<>();
            select(model, "SELECT ?n WHERE { " + event + " schema:attendee ?a . ?a a schema:Person ; schema:name ?n }")
                    .forEach(row -> attendees.add(row.getLiteral("n").getString()));
            Set<String> participants = new TreeSet<>();
            meeting.path("participants").forEach(p -> participants.add(p.path("name").asText()));
            assertThat(attendees).as(where).isEqualTo(participants);
            Set<String> nationalities = new TreeSet<>();
            select(model, "SELECT ?c WHERE { " + event + " schema:attendee/schema:nationality/schema:identifier ?c }")
                    .forEach(row -> nationalities.add(row.getLiteral("c").getString()));
            Set<String> countries = new TreeSet<>();
            meeting.path("participants").forEach(p -> {
                if (p.has("country")) {
                    countries.add(p.path("country").asText());
                }
            });
            assertThat(nationalities).as(where).isEqualTo(countries);
            List<String> parties = new ArrayList<>();
            select(model, "SELECT ?c WHERE { " + event + " schema:attendee ?g . ?g a schema:GovernmentOrganization ;"
                    + " schema:areaServed/schema:identifier ?c } ORDER BY ?c")
                    .forEach(row -> parties.add(row.getLiteral("c").getString()));
            List<String> expectedParties = new ArrayList<>();
            meeting.path("countries").forEach(c -> expectedParties.add(c.asText()));
            expectedParties.sort(null);
            assertThat(parties).as(where).isEqualTo(expectedParties);
            List<QuerySolution> places = select(model, "SELECT ?n ?c WHERE { " + event
                    + " schema:location ?p . ?p schema:name ?n . OPTIONAL { ?p schema:address/schema:addressCountry ?c } }");
            if (meeting.has("location")) {
                assertThat(places).as(where).hasSize(1);
                assertThat(places.get(0).getLiteral("n").getString()).isEqualTo(meeting.path("location").path("name").asText());
                String country = meeting.path("location").path("country").asText(null);
                assertThat(places.get(0).contains("c") ? places.get(0).getLiteral("c").getString() : null).isEqualTo(country);
            } else {
                assertThat(places).as(where).isEmpty();
            }
        }
    }

    @Test
    void theMeetingsOfAVisitAreItsSubEvents() throws Exception {
        PressRelease visit = Corpora.releases(Corpora.DEV).stream()
                .filter(r -> r.meetings().size() > 1 && r.meetings().get(0).kind().name().equals("VISIT"))
                .findFirst().orElseThrow();
        Model model = read(ReadoutFormats.jsonLd(visit));
        List<QuerySolution> parts = select(model, "SELECT ?part WHERE { ?part schema:superEvent <"
                + SchemaOrgJsonLd.meetingId(visit, 0) + "> }");
        assertThat(parts).hasSize(visit.meetings().size() - 1);
    }

    @Test
    void theShapeRejectsWhatBreaksIt() {
        String broken = "{\"@context\":\"https://schema.org/\",\"@graph\":["
                + "{\"@id\":\"urn:readout:release:x\",\"@type\":\"NewsArticle\",\"identifier\":\"x\"},"
                + "{\"@id\":\"urn:readout:release:x:meeting:0\",\"@type\":\"Event\","
                + "\"startDate\":\"March\",\"subjectOf\":{\"@id\":\"urn:readout:release:x\"},"
                + "\"attendee\":[{\"@type\":\"Person\",\"nationality\":{\"@type\":\"Country\",\"identifier\":\"kz\",\"name\":\"K\"}}]}]}";
        ValidationReport report = ShaclValidator.get().validate(shapes, read(broken).getGraph());
        assertThat(report.conforms()).isFalse();
        // The event has no name, its date is untyped text, the person has no name, the country code is lower case.
        assertThat(report.getEntries()).hasSize(4);
    }

    @Test
    void aContextOtherThanSchemaOrgIsNotFetched() {
        String other = "{\"@context\":\"https://example.org/context\",\"name\":\"x\"}";
        assertThatThrownBy(() -> read(other)).isInstanceOf(RiotException.class);
    }

    @Test
    void theOfflineContextMapsTheSchemaOrgVocabulary() throws Exception {
        JsonNode context = JSON.readTree(ReadoutFormats.schemaOrgContext().getBytes(StandardCharsets.UTF_8));
        assertThat(context.path("@context").path("@vocab").asText()).isEqualTo(SCHEMA);
    }
}
