package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed JSON Schema is the one the property table gives, and every document the writer produces in these
 * tests is valid against it, as an independent validator (networknt) judges.
 */
class SchemaTest {

    /** Where the committed schema lies, from the module's directory (Surefire's working directory). */
    static final Path COMMITTED = Path.of("src/main/resources/org/uhcmodel/json/schema/uhc-model.schema.json");
    private static final String UPDATE = "uhcmodel.updateSchema";
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> BY_DEF = new ConcurrentHashMap<>();

    /**
     * Validates a document against the schema of one model type.
     *
     * @param json  the document
     * @param def  the name of the type's definition, such as "Organization"
     * @return the errors, empty if valid
     */
    static List<Error> validate(String json, String def) {
        Schema schema = BY_DEF.computeIfAbsent(def, d -> {
            ObjectNode root = (ObjectNode) PLAIN.readTree(UhcJson.schema());
            root.put("$ref", "#/$defs/" + d);
            return REGISTRY.getSchema(root);
        });
        return schema.validate(PLAIN.readTree(json));
    }

    @Test
    void theCommittedSchemaIsCurrent() throws IOException {
        String generated = SchemaDocument.text();
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, "The committed JSON Schema " + COMMITTED + " is stale. Regenerate it with "
            + "`./mvnw -pl json test -Dtest=SchemaTest -D" + UPDATE + "=true`, review the difference and commit it.");
    }

    @Test
    void theSchemaShippedInTheJarIsTheCommittedOne() throws IOException {
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), UhcJson.schema());
    }

    @Test
    void everyDefinitionAndPropertyHasATitleAndADescription() {
        JsonNode defs = PLAIN.readTree(UhcJson.schema()).get("$defs");
        List<String> missing = new java.util.ArrayList<>();
        int properties = 0;
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            if (!def.getValue().path("title").asString("").equals(def.getKey())) {
                missing.add(def.getKey() + " title");
            }
            if (def.getValue().path("description").asString("").isBlank()) {
                missing.add(def.getKey() + " description");
            }
            for (Map.Entry<String, JsonNode> property : def.getValue().path("properties").properties()) {
                properties++;
                for (String member : List.of("title", "description")) {
                    if (property.getValue().path(member).asString("").isBlank()) {
                        missing.add(def.getKey() + "." + property.getKey() + " " + member);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(properties > 100, "only " + properties + " properties");
        JsonNode organization = defs.get("Organization");
        assertEquals(org.uhcmodel.meta.ModelTypes.of(org.uhcmodel.actor.Organization.class).description(),
            organization.get("description").asString());
        assertEquals("Acronym", organization.get("properties").get("acronym").get("title").asString());
        assertEquals("The acronym, as written by the organisation.",
            organization.get("properties").get("acronym").get("description").asString());
        assertEquals("SDG targets", defs.get("Agreement").get("properties").get("sdgTargets").get("title").asString());
    }

    @Test
    void theSchemaLiesInAPackageOpenToEveryModule() throws Exception {
        Path classes = Path.of(UhcJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.lang.module.ModuleDescriptor module;
        try (java.io.InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        String resource = UhcJson.SCHEMA_RESOURCE;
        String pkg = resource.substring(1, resource.lastIndexOf('/')).replace('/', '.');
        assertTrue(module.opens().stream().anyMatch(o -> o.source().equals(pkg) && !o.isQualified()),
            () -> module.opens().toString());
        assertTrue(Files.isRegularFile(classes.resolve(resource.substring(1))), resource);
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaWithADefinitionPerModelType() {
        JsonNode root = PLAIN.readTree(UhcJson.schema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").asString());
        for (Class<?> type : Codecs.get().all().keySet()) {
            assertTrue(root.get("$defs").has(type.getSimpleName()), type.getSimpleName());
        }
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(root));
    }

    static Stream<Arguments> written() {
        return Fixtures.all().entrySet().stream().flatMap(e -> Stream.of(
            Arguments.of(Named.of(e.getKey() + ", compact", UhcJson.writer().write(e.getValue())),
                RoundTripTest.typeOf(e.getValue()).getSimpleName()),
            Arguments.of(Named.of(e.getKey() + ", pretty", UhcJson.writer().pretty().write(e.getValue())),
                RoundTripTest.typeOf(e.getValue()).getSimpleName())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void everyWrittenDocumentIsValidAgainstTheSchema(String json, String def) {
        assertEquals(List.of(), validate(json, def), json);
    }

    @Test
    void theSchemaRefusesWrongForms() {
        assertFalse(validate("{\"amount\": 12.5, \"currency\": \"EUR\"}", "Money").isEmpty());
        assertFalse(validate("{\"amount\": \"12.5\", \"currency\": \"EUR\", \"extra\": 1}", "Money").isEmpty());
        assertFalse(validate("\"IMPLEMENTATION\"", "ActivityStatus").isEmpty());
        assertFalse(validate("{\"schemaVersion\": \"2.0\"}", "Dataset").isEmpty());
        assertFalse(validate("{}", "Dataset").isEmpty());
        assertTrue(validate("{\"schemaVersion\": \"1.0\"}", "Dataset").isEmpty());
    }
}
