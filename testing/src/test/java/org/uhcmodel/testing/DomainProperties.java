package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.check;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.uhcmodel.agreement.Agreement;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.scheme.CoverageScheme;
import org.uhcmodel.value.PartialDate;

/** Each area's domain generates its types on its own, without the global provider. */
@AtLeastThousandTries
class DomainProperties {

    @Property(tries = 1000)
    @Domain(AgreementsDomain.class)
    void agreementsDomainGeneratesValidAgreements(@ForAll Agreement agreement) {
        check(agreement.actors().size() >= 1, "an agreement without parties: " + agreement);
    }

    @Property(tries = 1000)
    @Domain(CoverageSchemesDomain.class)
    void schemesDomainGeneratesSchemesWithFittingFinancing(@ForAll CoverageScheme scheme) {
        check(CoverageScheme.builder().from(scheme).build().equals(scheme), "rebuilt scheme differs");
    }

    @Property(tries = 1000)
    @Domain(ValuesDomain.class)
    void valuesDomainGeneratesPartialDates(@ForAll PartialDate date) {
        check(!date.latest().isBefore(date.earliest()), "a date ending before it starts: " + date);
    }

    @Property(tries = 1000)
    @Domain(DatasetsDomain.class)
    void datasetsDomainGeneratesWholeDatasets(@ForAll Dataset dataset) {
        check(dataset.entities().size() == dataset.size(), "size and entities disagree");
    }
}
