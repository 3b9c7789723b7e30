package org.uhcmodel.scheme;

import java.time.LocalDate;
import java.util.Optional;
import org.uhcmodel.value.PartialDate;
import org.uhcmodel.value.Period;

/**
 * The comparisons of validity periods that the rules and queries of schemes share. A record without a validity period
 * holds whenever the record that carries it does; a partial bound is taken at its widest, so a rule that ended in
 * 2019 and one that began in 2019 may both be in force on a day of 2019.
 */
final class Validity {

    private Validity() {
    }

    /**
     * Checks whether a record with a validity may be in force on a day.
     *
     * @param validity  the validity, empty for a record in force whenever its holder is
     * @param date  the day, not null
     * @return true if the day is not certainly outside the validity
     */
    static boolean mayHold(Optional<Period> validity, LocalDate date) {
        return validity.isEmpty() || validity.get().mayContain(date);
    }

    /**
     * Checks whether two validities may share a day.
     *
     * @param one  a validity, empty for always
     * @param other  another validity, empty for always
     * @return true unless one certainly ends before the other starts
     */
    static boolean mayOverlap(Optional<Period> one, Optional<Period> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return true;
        }
        return !endsBefore(one.get(), other.get()) && !endsBefore(other.get(), one.get());
    }

    private static boolean endsBefore(Period first, Period second) {
        Optional<PartialDate> end = first.end();
        Optional<PartialDate> start = second.start();
        return end.isPresent() && start.isPresent() && end.get().isDefinitelyBefore(start.get());
    }
}
