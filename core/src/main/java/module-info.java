/**
 * The uhc-model core: immutable, validated value types for universal-health-coverage records, and the description of
 * the model as data (its types, rules and vocabularies).
 * <p>
 * Exports the API packages; the engine in {@code org.uhcmodel.internal} is shared with the other modules of
 * uhc-model only.
 */
module org.uhcmodel.core {
    requires transitive jakarta.validation;

    exports org.uhcmodel.validation;
    exports org.uhcmodel.meta;
    exports org.uhcmodel.value;
    exports org.uhcmodel.source;
    exports org.uhcmodel.actor;
    exports org.uhcmodel.agreement;
    exports org.uhcmodel.programme;
    exports org.uhcmodel.scheme;
    exports org.uhcmodel.sdg;
    exports org.uhcmodel.area;
    exports org.uhcmodel.dataset;
    exports org.uhcmodel.internal to org.uhcmodel.json, org.uhcmodel.testing;
}
