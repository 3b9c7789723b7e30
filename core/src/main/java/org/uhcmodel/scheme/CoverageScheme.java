package org.uhcmodel.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.uhcmodel.internal.CoverageSchemeRules;
import org.uhcmodel.internal.Rules;
import org.uhcmodel.sdg.SdgTarget;
import org.uhcmodel.value.Citation;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;
import org.uhcmodel.value.ReportedDate;

/**
 * A health coverage scheme, such as a social health insurance fund, a mutuelle or a universal health insurance:
 * who runs it, whom it covers, which services at what cost, how it is financed and how many people it enrols.
 * <p>
 * The operator, the supervisor, the scheme complemented and the contracted providers are referenced by id;
 * a dataset checks that they exist.
 * <p>
 * Rules:
 * <ul>
 *   <li>{@code required} (id, name, operator, country, type, financingClass, membership), {@code not-blank} (acronym);</li>
 *   <li>{@code coverage-scheme.membership-financing}: a compulsory or automatic scheme is not classed within
 *     {@link FinancingScheme#HF_1 HF.1}, or a voluntary scheme not within {@link FinancingScheme#HF_2 HF.2}
 *     (path {@code financingClass});</li>
 *   <li>{@code coverage-scheme.type-financing}: the type and the financing class disagree: voluntary private and
 *     mutual health insurance lie within HF.2, social health insurance within HF.1.2 and tax-funded schemes within
 *     HF.1.1; universal and community-based health insurance may lie in any class (path {@code type});</li>
 *   <li>{@code coverage-scheme.complements-itself}: the scheme names itself as the scheme it complements
 *     (path {@code complements}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@CoverageSchemeRules
public abstract class CoverageScheme implements Entity {

    CoverageScheme() {
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
     * Gets the id.
     *
     * @return the id, not null
     */
    @NotNull
    @Override
    public abstract EntityId id();

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    @NotNull
    public abstract LocalizedText name();

    /**
     * Gets the acronym.
     *
     * @return the acronym, such as {@code CMU}, empty if none
     */
    public abstract Optional<@NotBlank String> acronym();

    /**
     * Gets the organisation that runs the scheme, such as the national health insurance fund.
     *
     * @return the id of the operator, not null
     */
    @NotNull
    public abstract EntityId operator();

    /**
     * Gets the country the scheme covers people in.
     *
     * @return the country, not null
     */
    @NotNull
    public abstract CountryCode country();

    /**
     * Gets the kind of scheme.
     *
     * @return the type, not null
     */
    @NotNull
    public abstract SchemeType type();

    /**
     * Gets the SHA 2011 class of the scheme.
     *
     * @return the financing class, such as {@link FinancingScheme#HF_1_2_1}, not null
     */
    @NotNull
    public abstract FinancingScheme financingClass();

    /**
     * Gets how people come to be members.
     *
     * @return the membership, not null
     */
    @NotNull
    public abstract Membership membership();

    /**
     * Gets the groups of people the scheme targets.
     *
     * @return the unmodifiable groups, empty if not stated
     */
    public abstract Set<@NotNull PopulationGroup> targetGroups();

    /**
     * Gets the authority that supervises the scheme, such as a ministry of labour.
     *
     * @return the id of the supervisor, empty if not stated
     */
    public abstract Optional<EntityId> supervisor();

    /**
     * Gets the date the scheme was launched.
     *
     * @return the launch date, empty if not stated
     */
    public abstract Optional<ReportedDate> launched();

    /**
     * Gets the scheme this one complements, such as the universal health insurance a mutuelle tops up.
     *
     * @return the id of the complemented scheme, empty if the scheme stands alone
     */
    public abstract Optional<EntityId> complements();

    /**
     * Gets the services covered and their cost sharing.
     *
     * @return the benefit package, empty if not stated
     */
    public abstract Optional<BenefitPackage> benefits();

    /**
     * Gets how members contribute.
     *
     * @return the unmodifiable contribution rules, empty if not stated or non-contributory
     */
    public abstract List<@NotNull ContributionRule> contributions();

    /**
     * Gets the enrolment figures over time.
     *
     * @return the unmodifiable snapshots, empty if none is reported
     */
    public abstract List<@NotNull CoverageSnapshot> snapshots();

    /**
     * Gets the health facilities contracted to provide care to members.
     *
     * @return the unmodifiable ids of the providers, empty if not stated
     */
    public abstract List<@NotNull EntityId> providers();

    /**
     * Gets the SDG targets the scheme serves.
     *
     * @return the unmodifiable targets, empty if not tagged
     */
    public abstract Set<@NotNull SdgTarget> sdgTargets();

    /**
     * Gets the citations of the sources this scheme is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    @Override
    public abstract List<@NotNull Citation> citations();

    @Value.Check
    void check() {
        Rules.check(this, CoverageScheme.class);
    }

    /**
     * Builds a {@link CoverageScheme}: setters and adders refuse null, and {@code build()} checks every rule and throws one
     * {@link org.uhcmodel.validation.ModelViolationException} listing every violation. A builder is not thread-safe
     * and can be reused. Its generated methods follow {@linkplain org.uhcmodel.validation the builder contract},
     * whatever their own documentation says.
     */
    public static final class Builder extends ImmutableCoverageScheme.Builder {
        Builder() {
        }
    }
}
