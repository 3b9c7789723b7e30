package org.uhcmodel.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to every API package.
 * <p>
 * Generated implementations stay package-private behind each type's public {@code builder()};
 * Immutables' own null and mandatory checks are off so that every missing or invalid attribute
 * is reported together by the Jakarta constraints declared on the type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
        "party:parties", "body:bodies", "country:countries", "category:categories",
        "entry:entries", "activity:activities", "person:persons", "sector:sectors",
        "identifier:identifiers", "target:targets", "tracer:tracers", "share:shares"
    },
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {
}
