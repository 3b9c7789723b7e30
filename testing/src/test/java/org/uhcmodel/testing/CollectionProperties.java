package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertEqualValues;
import static org.uhcmodel.testing.Refusals.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.Person;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.agreement.Event;
import org.uhcmodel.agreement.GoverningBody;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.programme.Programme;
import org.uhcmodel.scheme.BenefitPackage;
import org.uhcmodel.scheme.ContributionRule;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.sdg.IndicatorObservation;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.Statistic;

/**
 * Collections returned by the model cannot be modified, and do not change when the collection given to the builder
 * changes afterwards.
 */
@AtLeastThousandTries
class CollectionProperties {

    /** Tries to modify every collection an accessor of the value returns; each attempt must be refused. */
    private static void assertUnmodifiable(Object value) {
        Class<?> type = value.getClass();
        while (!Modifier.isPublic(type.getModifiers())) {
            type = type.getSuperclass();
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                || !(Collection.class.isAssignableFrom(m.getReturnType()) || Map.class.isAssignableFrom(m.getReturnType()))) {
                continue;
            }
            Object returned;
            try {
                returned = m.invoke(value);
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(m + " failed", ex);
            }
            try {
                // clear() on an empty unmodifiable collection may do nothing, so add an element instead
                if (returned instanceof Collection) {
                    @SuppressWarnings("unchecked")
                    Collection<Object> collection = (Collection<Object>) returned;
                    collection.add(new Object());
                } else {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> map = (Map<Object, Object>) returned;
                    map.put(new Object(), new Object());
                }
            } catch (UnsupportedOperationException expected) {
                continue;
            }
            throw new AssertionError(value.getClass().getSimpleName() + "." + m.getName() + "() can be modified");
        }
    }

    @Property(tries = 1000)
    void entityCollectionsCannotBeModified(@ForAll Entity entity) {
        assertUnmodifiable(entity);
    }

    @Property(tries = 1000)
    void datasetCollectionsCannotBeModified(@ForAll Dataset dataset) {
        assertUnmodifiable(dataset);
        for (Entity e : dataset.entities()) {
            assertUnmodifiable(e);
        }
    }

    @Property(tries = 1000)
    void partCollectionsCannotBeModified(@ForAll LocalizedText text, @ForAll Statistic statistic,
                                         @ForAll BenefitPackage benefits, @ForAll ContributionRule contribution) {
        assertUnmodifiable(text);
        assertUnmodifiable(statistic);
        assertUnmodifiable(benefits);
        assertUnmodifiable(contribution);
    }

    @Property(tries = 1000)
    void agreementKeepsItsListsWhenTheInputChanges(@ForAll Agreement agreement, @ForAll EntityId outsider) {
        List<org.uhcmodel.agreement.Party> parties = new ArrayList<>(agreement.parties());
        List<org.uhcmodel.value.Citation> citations = new ArrayList<>(agreement.citations());
        Set<org.uhcmodel.sdg.SdgTarget> targets = new HashSet<>(agreement.sdgTargets());
        Agreement built = Agreement.builder().from(agreement).parties(parties).citations(citations).sdgTargets(targets).build();
        parties.clear();
        citations.add(org.uhcmodel.value.Citation.of(outsider));
        targets.clear();
        assertEqualValues(built, agreement);
    }

    @Property(tries = 1000)
    void actorsKeepTheirListsWhenTheInputChanges(@ForAll Organization organization, @ForAll Person person,
                                                 @ForAll org.uhcmodel.value.Identifier identifier) {
        List<org.uhcmodel.value.Identifier> ids = new ArrayList<>(organization.identifiers());
        Organization builtOrganization = Organization.builder().from(organization).identifiers(ids).build();
        ids.add(identifier);
        assertEqualValues(builtOrganization, organization);
        List<org.uhcmodel.actor.Position> positions = new ArrayList<>(person.positions());
        Person builtPerson = Person.builder().from(person).positions(positions).build();
        positions.clear();
        assertEqualValues(builtPerson, person);
    }

    @Property(tries = 1000)
    void eventsAndBodiesKeepTheirListsWhenTheInputChanges(@ForAll Event event, @ForAll GoverningBody body,
                                                          @ForAll EntityId other) {
        List<EntityId> participants = new ArrayList<>(event.participants());
        Event builtEvent = Event.builder().from(event).participants(participants).build();
        participants.add(other);
        assertEqualValues(builtEvent, event);
        List<EntityId> members = new ArrayList<>(body.members());
        GoverningBody builtBody = GoverningBody.builder().from(body).members(members).build();
        members.clear();
        assertEqualValues(builtBody, body);
    }

    @Property(tries = 1000)
    void programmesAndSchemesKeepTheirCollectionsWhenTheInputChanges(@ForAll Programme programme,
                                                                     @ForAll CoverageScheme scheme,
                                                                     @ForAll org.uhcmodel.value.CountryCode country) {
        Set<org.uhcmodel.value.CountryCode> countries = new HashSet<>(programme.countries());
        List<EntityId> related = new ArrayList<>(programme.related());
        Programme builtProgramme = Programme.builder().from(programme).countries(countries).related(related).build();
        countries.add(country);
        related.clear();
        assertEqualValues(builtProgramme, programme);
        List<EntityId> providers = new ArrayList<>(scheme.providers());
        List<org.uhcmodel.scheme.ContributionRule> contributions = new ArrayList<>(scheme.contributions());
        CoverageScheme builtScheme = CoverageScheme.builder().from(scheme).providers(providers)
            .contributions(contributions).build();
        providers.clear();
        contributions.clear();
        assertEqualValues(builtScheme, scheme);
    }

    @Property(tries = 1000)
    void valuesKeepTheirCollectionsWhenTheInputChanges(@ForAll LocalizedText text, @ForAll BenefitPackage benefits,
                                                       @ForAll ContributionRule contribution,
                                                       @ForAll IndicatorObservation observation) {
        Map<String, String> entries = new LinkedHashMap<>(text.entries());
        LocalizedText builtText = LocalizedText.builder().entries(entries).build();
        entries.put("ru", "изменено");
        entries.remove(text.entries().keySet().iterator().next());
        assertEqualValues(builtText, text);
        List<org.uhcmodel.scheme.Benefit> list = new ArrayList<>(benefits.benefits());
        BenefitPackage builtPackage = BenefitPackage.builder().benefits(list).build();
        list.clear();
        assertEqualValues(builtPackage, benefits);
        List<org.uhcmodel.scheme.PayerShare> shares = new ArrayList<>(contribution.shares());
        ContributionRule builtRule = ContributionRule.builder().from(contribution).shares(shares).build();
        shares.clear();
        assertEqualValues(builtRule, contribution);
        List<org.uhcmodel.value.Citation> citations = new ArrayList<>(observation.citations());
        IndicatorObservation builtObservation = IndicatorObservation.builder().from(observation).citations(citations).build();
        citations.clear();
        assertEqualValues(builtObservation, observation);
    }

    @Property(tries = 1000)
    void datasetKeepsItsListsWhenTheInputChanges(@ForAll Dataset dataset) {
        List<Organization> organizations = new ArrayList<>(dataset.organizations());
        List<Agreement> agreements = new ArrayList<>(dataset.agreements());
        Dataset built = Dataset.builder().from(dataset).organizations(organizations).agreements(agreements).build();
        organizations.clear();
        agreements.clear();
        assertEqualValues(built, dataset);
        check(built.size() == dataset.size(), "size changed");
    }
}
