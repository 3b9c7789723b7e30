package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.check;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.meta.ModelType;
import org.uhcmodel.meta.ModelTypes;
import org.uhcmodel.testing.internal.Generators;
import org.uhcmodel.testing.internal.Meta;
import org.uhcmodel.validation.Severity;
import org.uhcmodel.validation.Violation;
import org.uhcmodel.value.Citation;

/**
 * Generated valid values carry no warning, so that a variant of a warning carries exactly its own; and the variants of
 * warnings build values that report that warning and nothing else.
 */
@AtLeastThousandTries
class WarningProperties {

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> widen(Arbitrary<?> arbitrary) {
        return (Arbitrary<Object>) arbitrary;
    }

    @Provide
    Arbitrary<List<Object>> everyModelType() {
        List<Arbitrary<Object>> each = new ArrayList<>();
        for (ModelType<?> type : ModelTypes.all()) {
            each.add(widen(Generators.valid(type.javaType())));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    @Property(tries = 1000)
    void aValidValueOfAnyModelTypeCarriesNoWarning(@ForAll("everyModelType") List<Object> values) {
        for (Object value : values) {
            List<Violation> warnings = warnings(value);
            check(warnings.isEmpty(), "a generated " + value.getClass().getSimpleName() + " carries " + warnings
                + "\n  " + value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Violation> warnings(T value) {
        return ModelTypes.of((Class<T>) value.getClass()).warnings(value);
    }

    @Property(tries = 1000)
    void aDatasetReportsTheWarningsOfItsRecords(@ForAll("warningsInADataset") Dataset dataset) {
        check(dataset.warnings().size() == 1, "expected one warning: " + dataset.warnings());
        check(dataset.warnings().equals(warnings(dataset)), "Dataset.warnings() differs from its model type's");
    }

    /** Datasets holding one more organisation, placed in another country, that refers to nothing. */
    @Provide
    Arbitrary<Dataset> warningsInADataset() {
        ModelType<Organization> type = ModelTypes.of(Organization.class);
        return Combinators.combine(Datasets.datasets(), Actors.withPlaceInOtherCountry()).as((d, variant) ->
            Dataset.builder().from(d).addOrganization(Meta.copy(type, variant.build(),
                p -> p.references().isEmpty() && p.valueType() != Citation.class).build()).build());
    }

    @Property(tries = 1000)
    void aVariantOfAWarningIsBuiltWithThatWarningAlone(@ForAll("warnings") InvalidVariant<?> variant) {
        check(variant.severity() == Severity.WARNING, variant + " is not of a warning");
        Refusals.assertReportedAs(variant, variant.rule());
        try {
            variant.refusal();
        } catch (IllegalStateException expected) {
            return;
        }
        throw new AssertionError(variant + ": a warning gave a refusal");
    }

    @Provide
    Arbitrary<InvalidVariant<?>> warnings() {
        return InvalidVariants.ofSeverity(Severity.WARNING);
    }
}
