package org.uhcmodel.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.AgreementKind;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.scheme.CoverageSnapshot;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.sdg.IndicatorTarget;
import org.uhcmodel.source.SourceDocument;
import org.uhcmodel.testing.usage.Revalidation;
import org.uhcmodel.value.DatePrecision;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;
import org.uhcmodel.value.Statistic;

/**
 * The arbitraries reach what they promise, in every run of 1,000 tries: texts in Latin, Arabic and Cyrillic script,
 * every precision of a date, leap days, years at their bounds, percentages of 0 and 100, every collection both
 * empty and not, the empty dataset, and a dataset of a single actor with an agreement, a charter of a network or
 * federation.
 */
@AtLeastThousandTries
class GenerationCoverageProperties {

    /** Collections the model never lets be empty. */
    private static final Set<String> NEVER_EMPTY = Set.of("Agreement.parties", "Agreement.actors",
        "LocalizedText.entries", "BenefitPackage.benefits", "IndicatorObservation.citations");

    private static String script(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeScript.of(c).name();
            }
        }
        return "none";
    }

    private static void coversEach(String label, Object... values) {
        Statistics.label(label).coverage(c -> {
            for (Object v : values) {
                c.check(v).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 1000)
    void textsAndNamesAreWrittenInLatinArabicAndCyrillic(@ForAll LocalizedText text, @ForAll Person person,
                                                         @ForAll Organization organization) {
        for (String entry : text.entries().values()) {
            Statistics.label("text script").collect(script(entry));
        }
        Statistics.label("name script").collect(script(person.name()));
        organization.acronym().ifPresent(a -> Statistics.label("acronym script").collect(script(a)));
        coversEach("text script", "LATIN", "ARABIC", "CYRILLIC");
        coversEach("name script", "LATIN", "ARABIC", "CYRILLIC");
        coversEach("acronym script", "LATIN", "ARABIC", "CYRILLIC");
    }

    @Property(tries = 1000)
    void datesReachEveryPrecisionLeapDaysAndTheBoundsOfTheYear(@ForAll PartialDate date) {
        Statistics.label("precision").collect(date.precision());
        Statistics.label("leap day").collect(date.month().orElse(0) == 2 && date.day().orElse(0) == 29);
        Statistics.label("year").collect(date.year() == 1 ? "1" : date.year() == 9999 ? "9999" : "between");
        coversEach("precision", (Object[]) DatePrecision.values());
        coversEach("leap day", true);
        coversEach("year", "1", "9999");
    }

    @Property(tries = 1000)
    void indicatorYearsReachTheirBounds(@ForAll IndicatorObservation observation, @ForAll IndicatorTarget target) {
        int start = observation.period().startYear();
        int end = observation.period().endYear();
        Statistics.label("observation year").collect(start == 1900 ? "1900" : end == 2100 ? "2100"
            : observation.period().isYear() ? "between" : "span");
        Statistics.label("target year").collect(target.targetYear() == 1900 || target.targetYear() == 2100
            ? String.valueOf(target.targetYear()) : "between");
        Statistics.label("baseline").collect(target.baseline().map(b -> "given").orElse("none"));
        coversEach("observation year", "1900", "2100", "span");
        coversEach("target year", "1900", "2100");
        coversEach("baseline", "given", "none");
    }

    @Property(tries = 1000)
    void percentagesReachZeroAndAHundred(@ForAll Percentage percentage, @ForAll ContributionRule contribution) {
        Statistics.label("percentage").collect(percentage.value().signum() == 0 ? "0"
            : percentage.value().compareTo(BigDecimal.valueOf(100)) == 0 ? "100" : "between");
        contribution.shares().forEach(s -> Statistics.label("share").collect(s.share().value().signum() == 0 ? "0"
            : s.share().value().compareTo(BigDecimal.valueOf(100)) == 0 ? "100" : "between"));
        coversEach("percentage", "0", "100", "between");
        coversEach("share", "0", "100", "between");
    }

    private static void collectEmptiness(Object value) {
        Class<?> type = Revalidation.publicType(value.getClass());
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                || !(Collection.class.isAssignableFrom(m.getReturnType())
                    || Map.class.isAssignableFrom(m.getReturnType()))) {
                continue;
            }
            String name = type.getSimpleName() + "." + m.getName();
            Object returned;
            try {
                returned = m.invoke(value);
            } catch (InvocationTargetException | IllegalAccessException ex) {
                throw new AssertionError(name, ex);
            }
            boolean empty = returned instanceof Map<?, ?> map ? map.isEmpty() : ((Collection<?>) returned).isEmpty();
            Statistics.label(name).collect(empty ? "empty" : "not empty");
            if (NEVER_EMPTY.contains(name)) {
                coversEach(name, "not empty");
            } else {
                coversEach(name, "empty", "not empty");
            }
        }
    }

    @Property(tries = 1000)
    void everyCollectionIsSometimesEmptyAndSometimesNot(@ForAll SourceDocument source,
            @ForAll Organization organization,
                                                        @ForAll Person person, @ForAll Agreement agreement,
                                                        @ForAll GoverningBody body, @ForAll Event event,
                                                        @ForAll Programme programme, @ForAll CoverageScheme scheme,
                                                        @ForAll IndicatorObservation observation,
                                                        @ForAll IndicatorTarget target, @ForAll Statistic statistic,
                                                        @ForAll CoverageSnapshot snapshot) {
        for (Object value : new Object[] {source, organization, person, agreement, body, event, programme, scheme,
            observation, target, statistic, snapshot}) {
            collectEmptiness(value);
        }
        for (var commitment : agreement.commitments()) {
            collectEmptiness(commitment);
        }
    }

    @Property(tries = 1000)
    void datasetsReachTheEmptyOneAndKeepAgreementsOfASingleActorToCharters(@ForAll Dataset dataset) {
        Statistics.label("dataset").collect(dataset.size() == 0 ? "empty" : "other");
        if (dataset.organizations().size() + dataset.persons().size() == 1 && !dataset.agreements().isEmpty()) {
            assertCharterOfItsOnlyOrganisation(dataset);
        }
        coversEach("dataset", "empty", "other");
    }

    private static void assertCharterOfItsOnlyOrganisation(Dataset dataset) {
        Refusals.check(dataset.persons().isEmpty() && dataset.organizations().size() == 1,
            "an agreement whose only actor is not an organisation: " + dataset);
        Organization only = dataset.organizations().get(0);
        Refusals.check(only.kind().isCollective(), "an agreement of a single " + only.kind());
        for (Agreement a : dataset.agreements()) {
            Refusals.check(a.kind() == AgreementKind.CHARTER && a.actors().equals(List.of(only.id())),
                "with a single organisation, " + a);
        }
    }

    /** A few in a thousand datasets have a single organisation and an agreement: look for one among many. */
    @Example
    void datasetsReachASingleOrganisationWithAnAgreement() {
        Optional<Dataset> found = Datasets.datasets().sampleStream().limit(50_000)
            .filter(d -> d.organizations().size() + d.persons().size() == 1 && !d.agreements().isEmpty())
            .findFirst();
        Refusals.check(found.isPresent(), "no dataset of a single organisation with an agreement in 50,000");
        assertCharterOfItsOnlyOrganisation(found.get());
    }
}
