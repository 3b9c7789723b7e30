package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module is found by service loading and writes and reads exactly what the facade does. */
class UhcJsonModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    @Test
    void findAndAddModulesFindsTheModule() {
        assertTrue(MAPPER.registeredModules().stream().anyMatch(m -> m instanceof UhcJsonModule),
            () -> "registered: " + MAPPER.registeredModules());
    }

    @Test
    void theMapperWritesWhatTheFacadeWrites() {
        assertEquals(UhcJson.writer().write(Fixtures.DATASET), MAPPER.writeValueAsString(Fixtures.DATASET));
        assertEquals(UhcJson.writer().write(Fixtures.AGREEMENT), MAPPER.writeValueAsString(Fixtures.AGREEMENT));
        assertEquals("\"3.8\"", MAPPER.writeValueAsString(SdgTarget.T3_8));
    }

    @Test
    void theMapperReadsWhatTheFacadeWrites() {
        assertEquals(Fixtures.DATASET, MAPPER.readValue(UhcJson.writer().write(Fixtures.DATASET), Dataset.class));
        assertEquals(Fixtures.CNAS_ORG,
            MAPPER.readValue(UhcJson.writer().pretty().write(Fixtures.CNAS_ORG), Organization.class));
        assertEquals(SdgTarget.T3_C, MAPPER.readValue("\"3.c\"", SdgTarget.class));
    }

    @Test
    void modelValuesInsideOrdinaryJavaTypesUseTheWireForm() {
        Map<String, Money> budgets = Map.of("pass", Money.of("10.5", "EUR"));
        String json = MAPPER.writeValueAsString(budgets);
        assertEquals("{\"pass\":{\"amount\":\"10.5\",\"currency\":\"EUR\"}}", json);
        assertEquals(budgets, MAPPER.readValue(json, new TypeReference<Map<String, Money>>() { }));
        List<SdgTarget> targets = MAPPER.readValue("[\"3.8\",\"3.1\"]", new TypeReference<List<SdgTarget>>() { });
        assertEquals(List.of(SdgTarget.T3_8, SdgTarget.T3_1), targets);
    }

    @Test
    void theModuleRefusesAnInvalidValueWithEveryProblem() {
        String json = "{\"id\": \"Bad Id\", \"name\": {\"fr\": \"CNAS\"}, \"kind\": \"fund\", \"extra\": true}";
        JsonReadException ex = assertThrows(JsonReadException.class, () -> MAPPER.readValue(json, Organization.class));
        assertEquals(List.of("entity-id.format", "unknown-code", "json.unknown-property"), ex.rules());
        assertEquals(List.of("/id", "/kind", "/extra"), ex.problems().stream().map(JsonProblem::pointer)
            .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void aModelValueRefusedInsideAnotherTypeKeepsItsProblemsWithThePathToIt() {
        JsonReadException ex = assertThrows(JsonReadException.class,
            () -> MAPPER.readValue("{\"pass\": {\"amount\": 1.5, \"currency\": \"EUR\"}}",
                new TypeReference<Map<String, Money>>() { }));
        assertEquals(List.of("json.wrong-type"), ex.rules());
        assertEquals("/amount", ex.problems().get(0).pointer());
        assertTrue(ex.getPathReference().contains("pass"), ex::getPathReference);
        assertTrue(ex instanceof tools.jackson.core.exc.StreamReadException);
    }

    @Test
    void malformedJsonInsideAModelValueIsAProblemOfThatValueAfterThoseBeforeIt() {
        JsonReadException ex = assertThrows(JsonReadException.class,
            () -> MAPPER.readValue("{\"pass\": {\"currency\": \"eur\",\n \"amount\": tru}}",
                new TypeReference<Map<String, Money>>() { }));
        assertEquals(List.of("money.currency", "json.syntax"), ex.rules());
        assertEquals(List.of("/currency", "/amount"), ex.problems().stream().map(JsonProblem::pointer)
            .collect(java.util.stream.Collectors.toList()));
        assertEquals(2, ex.problems().get(1).line());
        assertEquals(12, ex.problems().get(1).column());
        assertTrue(ex.getPathReference().contains("pass"), ex::getPathReference);
        for (String noise : List.of("[Source", "REDACTED", "(for ", "line:", "column:")) {
            assertTrue(!ex.getMessage().contains(noise), ex::getMessage);
        }
    }

    @Test
    void anUnsupportedTypeIsRefusedByTheFacadeWithTheSupportedOnes() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> UhcJson.reader().read("{}", String.class));
        assertTrue(ex.getMessage().contains("Agreement"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UhcJson.writer().write(Agreement.class));
    }
}
