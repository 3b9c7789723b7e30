package org.uhcmodel.value;

import java.util.Objects;
import org.uhcmodel.internal.Checker;
import org.uhcmodel.internal.RuleBook;
import org.uhcmodel.meta.TextType;
import org.uhcmodel.validation.Rule;

/**
 * The identifier of a top-level entity, unique within a dataset: a lower-case slug such as {@code dz-cnas}.
 * <p>
 * A slug is one or more groups of lower-case ASCII letters and digits joined by single hyphens,
 * at most 100 characters. References between entities are written as ids.
 * <p>
 * Rules: {@code entity-id.format}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EntityId implements Comparable<EntityId> {

    private static final TextType<EntityId> TEXT = TextType.of(EntityId.class, EntityId::parse, EntityId::toString,
        "A lower-case slug of letters and digits joined by single hyphens, at most 100 characters, such as dz-cnas.",
        "^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final Rule FORMAT = RuleBook.error(EntityId.class, "entity-id.format",
        "must be a lower-case slug of letters and digits joined by single hyphens, at most 100 characters");
    private static final int MAX_LENGTH = 100;

    private final String value;

    private EntityId(String value) {
        this.value = value;
    }

    /**
     * Obtains an id.
     *
     * @param value  the slug, such as {@code dz-cnas}, not null
     * @return the id, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the value is not a lower-case slug of at most
     *  100 characters
     */
    public static EntityId of(String value) {
        if (!isSlug(Objects.requireNonNull(value, "value"))) {
            throw Checker.refusal(EntityId.class, FORMAT, "", value);
        }
        return new EntityId(value);
    }

    /**
     * Checks whether text is a slug: groups of {@code a-z} and {@code 0-9} joined by single hyphens, at most 100
     * characters.
     *
     * @param text  the text, not null
     * @return true if an id may be made of it
     */
    public static boolean isSlug(CharSequence text) {
        int n = text.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * Parses an id; the same as {@link #of(String)}.
     *
     * @param text  the text, not null
     * @return the id, not null
     * @throws org.uhcmodel.validation.ModelViolationException if the text is not a valid slug
     */
    public static EntityId parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Gets the slug.
     *
     * @return the slug, not null
     */
    public String value() {
        return value;
    }

    /**
     * Compares ids by their slug.
     *
     * @param other  the other id, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks if this equals another id.
     *
     * @param obj  the other object, null returns false
     * @return true if the slugs are equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof EntityId && value.equals(((EntityId) obj).value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Outputs the slug.
     *
     * @return the slug, which {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
