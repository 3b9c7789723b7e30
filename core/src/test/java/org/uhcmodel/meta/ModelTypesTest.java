package org.uhcmodel.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.AgreementStatus;
import org.uhcmodel.agreement.CooperationArea;
import org.uhcmodel.agreement.Party;
import org.uhcmodel.agreement.PartyRole;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.EntityKind;
import org.uhcmodel.value.Identifier;
import org.uhcmodel.value.IdentifierScheme;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;

/**
 * Checks the catalogue of the model's types: each type built from properties is described as a {@link ModelType}
 * whose properties match its accessors, in the order of the wire format, and whose builder, driven by those
 * properties, builds what the type's own builder builds.
 */
class ModelTypesTest {

    /** The properties of an organisation, in the order the wire format writes them. */
    private static final List<String> ORGANIZATION = List.of("id", "name", "acronym", "kind", "iatiType", "country",
        "parent", "identifiers", "place", "facility", "citations");
    /** The properties of an agreement, in the order the wire format writes them. */
    private static final List<String> AGREEMENT = List.of("id", "kind", "title", "parties", "signatories", "status",
        "signed", "inForce", "place", "validity", "cooperationAreas", "commitments", "objectives", "framework",
        "sdgTargets", "citations");

    /**
     * The values read from text that have a builder of their own all the same: a localised text is built entry by
     * entry, each entry checked as a whole, not from properties.
     */
    private static final Set<Class<?>> READ_FROM_TEXT_WITH_A_BUILDER = Set.of(LocalizedText.class);

    private static final EntityId CNAS = EntityId.of("dz-cnas");
    private static final EntityId CHU_BRUXELLES = EntityId.of("be-chu-bruxelles");
    private static final LocalizedText CNAS_NAME = LocalizedText.of("fr", "Caisse nationale des assurances sociales");
    private static final LocalizedText CONVENTION_TITLE = LocalizedText.of("fr", "Convention de partenariat");
    private static final Identifier CNAS_WEBSITE = Identifier.of(IdentifierScheme.WEBSITE, "https://cnas.dz");

    static Stream<Class<?>> classes() {
        return ModelTypes.classes().stream();
    }

    static Stream<ModelType<?>> modelTypes() {
        return ModelTypes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("classes")
    void everyTypeWithABuilderIsAModelType(Class<?> type) {
        Optional<Method> builder = staticBuilder(type);
        if (READ_FROM_TEXT_WITH_A_BUILDER.contains(type)) {
            assertEquals(Optional.empty(), ModelTypes.find(type), type.getName() + " is read from text");
            return;
        }
        if (builder.isEmpty()) {
            return; // read from text, or built by factories alone
        }
        ModelType<?> model = ModelTypes.find(type)
            .orElseThrow(() -> new AssertionError(type.getName() + " has a builder but is no ModelType"));
        assertSame(type, model.javaType());
        assertEquals(type.getSimpleName(), model.name());
        assertTrue(ModelTypes.all().contains(model), type.getName());
        assertTrue(ModelBuilder.class.isAssignableFrom(builder.get().getReturnType()), builder.get().toString());
    }

    @Test
    void theModelTypesAreTheTypesBuiltFromPropertiesInTheOrderOfTheCatalogue() {
        List<Class<?>> described = new ArrayList<>();
        for (Class<?> type : ModelTypes.classes()) {
            ModelTypes.find(type).ifPresent(model -> described.add(model.javaType()));
        }
        List<Class<?>> all = new ArrayList<>();
        for (ModelType<?> model : ModelTypes.all()) {
            all.add(model.javaType());
        }
        assertEquals(described, all);
        assertThrows(UnsupportedOperationException.class, () -> ModelTypes.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> ModelTypes.classes().clear());
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void everyModelTypeIsDescribed(ModelType<?> type) {
        assertFalse(type.description().isBlank(), type.name());
        assertTrue(type.description().endsWith("."), type.description());
        assertEquals(type.name(), type.toString());
        assertEquals(Entity.class.isAssignableFrom(type.javaType()), type.entityKind().isPresent(),
            type.name() + " is a top-level entity exactly when it has a kind of entity");
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void eachPropertyHasAnAccessorOfTheSameName(ModelType<?> type) throws NoSuchMethodException {
        assertFalse(type.properties().isEmpty(), type.name());
        for (Property<?> property : type.properties()) {
            Method accessor = type.javaType().getMethod(property.name());
            assertTrue(Modifier.isPublic(accessor.getModifiers()), accessor.toString());
            assertEquals(expectedReturn(property), accessor.getReturnType(), accessor.toString());
            assertSame(type, property.owner(), property.name());
            assertEquals(Optional.of(property), type.property(property.name()));
        }
        assertEquals(Optional.empty(), type.property("noSuchProperty"));
        assertThrows(UnsupportedOperationException.class, () -> type.properties().clear());
    }

    @Test
    void propertiesAreInTheOrderOfTheWireFormat() {
        assertEquals(ORGANIZATION, names(ModelTypes.of(Organization.class)));
        assertEquals(AGREEMENT, names(ModelTypes.of(Agreement.class)));
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void referencePropertiesHoldEntityIds(ModelType<?> type) {
        for (Property<?> property : type.properties()) {
            if (!property.references().isEmpty()) {
                assertSame(EntityId.class, property.valueType(), property.toString());
            }
            property.cycleRule().ifPresent(rule -> {
                assertTrue(property.references().contains(type.entityKind().orElseThrow()),
                    property + " is acyclic through references to its own kind");
                assertTrue(type.rules().contains(rule), property + " " + rule);
            });
        }
    }

    @Test
    void referencesNameTheKindsOfEntityTheyExpect() {
        assertEquals(Set.of(EntityKind.ORGANIZATION), property(Organization.class, "parent").references());
        assertEquals(Set.of(EntityKind.AGREEMENT, EntityKind.PROGRAMME),
            property(Agreement.class, "framework").references());
        assertEquals(Set.of(EntityKind.ORGANIZATION, EntityKind.PERSON), property(Party.class, "actor").references());
        assertEquals(Set.of(), property(Organization.class, "id").references());
    }

    @Test
    void aBuilderOfTheMetaApiBuildsWhatTheTypedBuilderBuildsForAnOrganisation() {
        Organization typed = Organization.builder().id(CNAS).name(CNAS_NAME).acronym("CNAS")
            .kind(OrganizationKind.SOCIAL_SECURITY_FUND).country(CountryCode.of("DZ")).parent(EntityId.of("dz-mtess"))
            .addIdentifier(CNAS_WEBSITE).build();
        ModelType<Organization> type = ModelTypes.of(Organization.class);
        Organization meta = type.builder()
            .set(property(type, "id", EntityId.class), CNAS)
            .set(property(type, "name", LocalizedText.class), CNAS_NAME)
            .set(property(type, "acronym", String.class), "CNAS")
            .set(property(type, "kind", OrganizationKind.class), OrganizationKind.SOCIAL_SECURITY_FUND)
            .set(property(type, "country", CountryCode.class), CountryCode.of("DZ"))
            .set(property(type, "parent", EntityId.class), EntityId.of("dz-mtess"))
            .add(property(type, "identifiers", Identifier.class), CNAS_WEBSITE)
            .build();
        assertEquals(typed, meta);
        assertEquals(typed, copy(type, typed));
    }

    @Test
    void aBuilderOfTheMetaApiBuildsWhatTheTypedBuilderBuildsForAnAgreement() {
        Party cnas = Party.of(CNAS, PartyRole.SIGNATORY);
        Party chu = Party.of(CHU_BRUXELLES, PartyRole.SIGNATORY);
        Agreement typed = Agreement.builder().id(EntityId.of("dz-cnas-chu-bruxelles-convention"))
            .kind(AgreementKind.PARTNERSHIP_CONVENTION).title(CONVENTION_TITLE).addParty(cnas).addParty(chu)
            .status(AgreementStatus.IN_FORCE).inForce(PartialDate.of(2024, 5))
            .addAllCooperationAreas(List.of(CooperationArea.PAEDIATRICS, CooperationArea.ONCOLOGY))
            .addSdgTarget(SdgTarget.T3_8).build();
        ModelType<Agreement> type = ModelTypes.of(Agreement.class);
        Agreement meta = type.builder()
            .set(property(type, "id", EntityId.class), EntityId.of("dz-cnas-chu-bruxelles-convention"))
            .set(property(type, "kind", AgreementKind.class), AgreementKind.PARTNERSHIP_CONVENTION)
            .set(property(type, "title", LocalizedText.class), CONVENTION_TITLE)
            .add(property(type, "parties", Party.class), cnas)
            .add(property(type, "parties", Party.class), chu)
            .set(property(type, "status", AgreementStatus.class), AgreementStatus.IN_FORCE)
            .set(property(type, "inForce", PartialDate.class), PartialDate.of(2024, 5))
            .addAll(property(type, "cooperationAreas", CooperationArea.class),
                List.of(CooperationArea.PAEDIATRICS, CooperationArea.ONCOLOGY))
            .setAll(property(type, "sdgTargets", SdgTarget.class), List.of(SdgTarget.T3_8))
            .build();
        assertEquals(typed, meta);
        assertEquals(typed, copy(type, typed));
    }

    @Test
    void aBuilderOfTheMetaApiRefusesAPropertyOfAnotherTypeOrOfAnotherCardinality() {
        ModelBuilder<Organization> builder = ModelTypes.of(Organization.class).builder();
        Property<EntityId> framework = property(ModelTypes.of(Agreement.class), "framework", EntityId.class);
        assertThrows(IllegalArgumentException.class, () -> builder.set(framework, CNAS));
        Property<Identifier> identifiers = property(ModelTypes.of(Organization.class), "identifiers",
            Identifier.class);
        assertThrows(IllegalArgumentException.class, () -> builder.set(identifiers, CNAS_WEBSITE));
        Property<EntityId> id = property(ModelTypes.of(Organization.class), "id", EntityId.class);
        assertThrows(IllegalArgumentException.class, () -> builder.add(id, CNAS));
        assertEquals("id", assertThrows(NullPointerException.class, () -> builder.set(id, null)).getMessage());
    }

    @Test
    void findAndOfTellATypeOfTheModelFromOtherTypes() {
        assertEquals(Optional.empty(), ModelTypes.find(String.class));
        assertEquals(Optional.empty(), ModelTypes.find(EntityId.class));
        assertThrows(IllegalArgumentException.class, () -> ModelTypes.of(EntityId.class));
        assertEquals("type", assertThrows(NullPointerException.class, () -> ModelTypes.find(null)).getMessage());
        assertSame(ModelTypes.of(Organization.class), ModelTypes.find(Organization.class).orElseThrow());
    }

    private static Optional<Method> staticBuilder(Class<?> type) {
        try {
            Method builder = type.getMethod("builder");
            return Modifier.isStatic(builder.getModifiers()) ? Optional.of(builder) : Optional.empty();
        } catch (NoSuchMethodException ex) {
            return Optional.empty();
        }
    }

    private static Class<?> expectedReturn(Property<?> property) {
        switch (property.cardinality()) {
            case OPTIONAL:
                return Optional.class;
            case LIST:
                return List.class;
            case SET:
                return Set.class;
            default:
                return property.valueType();
        }
    }

    private static List<String> names(ModelType<?> type) {
        List<String> names = new ArrayList<>();
        for (Property<?> property : type.properties()) {
            names.add(property.name());
        }
        return names;
    }

    private static Property<?> property(Class<?> type, String name) {
        return ModelTypes.find(type).orElseThrow().property(name).orElseThrow();
    }

    /** The property of a type, of the value type expected. */
    @SuppressWarnings("unchecked")
    private static <V> Property<V> property(ModelType<?> type, String name, Class<V> valueType) {
        Property<?> property = type.property(name).orElseThrow(() -> new AssertionError(type + " has no " + name));
        assertSame(valueType, property.valueType(), property.toString());
        return (Property<V>) property;
    }

    /** Builds a copy of a value through the meta API, property by property. */
    @SuppressWarnings("unchecked")
    private static <T> T copy(ModelType<T> type, T value) {
        ModelBuilder<T> builder = type.builder();
        for (Property<?> property : type.properties()) {
            Property<Object> any = (Property<Object>) property;
            Object held = property.get(value);
            if (property.cardinality().isCollection()) {
                builder.setAll(any, (Iterable<Object>) held);
            } else if (held != null) {
                builder.set(any, held);
            }
        }
        return builder.build();
    }
}
