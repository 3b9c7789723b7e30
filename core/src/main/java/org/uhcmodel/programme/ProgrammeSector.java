package org.uhcmodel.programme;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.uhcmodel.internal.Draft;
import org.uhcmodel.internal.ModelObject;
import org.uhcmodel.internal.Prop;
import org.uhcmodel.internal.Shape;
import org.uhcmodel.value.DacSector;
import org.uhcmodel.value.Percentage;

/**
 * An OECD DAC sector a programme works in, with the share of the programme it takes, from the IATI element sector
 * (vocabulary 1, five-digit DAC purpose codes).
 * <p>
 * Rules: {@code required} (sector).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ProgrammeSector extends ModelObject {

    private static final Shape<ProgrammeSector> SHAPE = Shape.of(ProgrammeSector.class, ProgrammeSector::new, Builder::new);
    private static final Prop<DacSector> SECTOR = SHAPE.required("sector", DacSector.class);
    private static final Prop<Percentage> PERCENTAGE = SHAPE.optional("percentage", Percentage.class);

    private ProgrammeSector(Object[] values) {
        super(SHAPE, values);
    }

    /**
     * Obtains a sector with no share stated.
     *
     * @param sector  the sector, not null
     * @return the programme's sector, not null
     * @throws NullPointerException if the sector is null
     */
    public static ProgrammeSector of(DacSector sector) {
        return SHAPE.make(SECTOR, sector);
    }

    /**
     * Obtains a sector with its share.
     *
     * @param sector  the sector, not null
     * @param percentage  the share of the programme, not null
     * @return the programme's sector, not null
     * @throws NullPointerException if an argument is null
     */
    public static ProgrammeSector of(DacSector sector, Percentage percentage) {
        return SHAPE.make(SECTOR, sector, PERCENTAGE, percentage);
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the sector.
     *
     * @return the sector, not null
     */
    @NotNull
    public DacSector sector() {
        return value(SECTOR);
    }

    /**
     * Gets the share of the programme the sector takes.
     *
     * @return the share, empty if not stated
     */
    public Optional<Percentage> percentage() {
        return optional(PERCENTAGE);
    }

    /**
     * Builds a {@link ProgrammeSector}, following {@linkplain org.uhcmodel.validation the builder contract}.
     */
    public static final class Builder extends Draft<ProgrammeSector, Builder> {

        private Builder() {
            super(SHAPE);
        }

        /**
         * Sets the sector.
         *
         * @param sector  the value, not null
         * @return this builder
         */
        public Builder sector(DacSector sector) {
            return set(SECTOR, sector);
        }

        /**
         * Sets the share of the programme the sector takes.
         *
         * @param percentage  the value, not null
         * @return this builder
         */
        public Builder percentage(Percentage percentage) {
            return set(PERCENTAGE, percentage);
        }
    }
}
