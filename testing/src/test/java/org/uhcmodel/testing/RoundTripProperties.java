package org.uhcmodel.testing;

import static org.uhcmodel.testing.Refusals.assertEqualValues;
import static org.uhcmodel.testing.Refusals.check;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Percentage;

/** {@code parse(toString(x))} equals {@code x} for every value with a text form. */
@AtLeastThousandTries
class RoundTripProperties {

    @Property(tries = 1000)
    void partialDateReadsBackItsText(@ForAll PartialDate date) {
        Statistics.label("precision").collect(date.precision());
        Statistics.label("leap day").collect(date.month().orElse(0) == 2 && date.day().orElse(0) == 29);
        assertEqualValues(PartialDate.parse(date.toString()), date);
        Statistics.label("precision").coverage(c -> {
            for (org.uhcmodel.value.DatePrecision p : org.uhcmodel.value.DatePrecision.values()) {
                c.check(p).count(n -> n > 0);
            }
        });
        Statistics.label("leap day").coverage(c -> c.check(true).count(n -> n > 0));
    }

    /** The assigned codes: a finite space, generated at random here and checked whole by the example below. */
    @Property(tries = 1000, generation = GenerationMode.RANDOMIZED)
    void countryCodeReadsBackItsText(@ForAll CountryCode country) {
        assertEqualValues(CountryCode.parse(country.toString()), country);
    }

    @Example
    void everyAssignedCountryCodeIsGeneratedAndReadsBackItsText() {
        Set<String> generated = new HashSet<>();
        for (CountryCode country : Values.countryCodes().exhaustive().orElseThrow()) {
            assertEqualValues(CountryCode.parse(country.toString()), country);
            generated.add(country.code());
        }
        check(generated.equals(CountryCode.assignedCodes()), "generated " + generated.size() + " of the "
            + CountryCode.assignedCodes().size() + " assigned codes");
    }

    @Property(tries = 1000)
    void entityIdReadsBackItsText(@ForAll EntityId id) {
        assertEqualValues(EntityId.parse(id.toString()), id);
    }

    @Property(tries = 1000)
    void percentageReadsBackItsText(@ForAll Percentage percentage) {
        Statistics.label("bound").collect(percentage.value().signum() == 0 ? "0"
            : percentage.value().compareTo(java.math.BigDecimal.valueOf(100)) == 0 ? "100" : "between");
        assertEqualValues(Percentage.parse(percentage.toString()), percentage);
        Statistics.label("bound").coverage(c -> {
            c.check("0").count(n -> n > 0);
            c.check("100").count(n -> n > 0);
        });
    }
}
