/**
 * The uhc-model core: immutable, validated value types for universal-health-coverage records.
 * <p>
 * Exports the API packages only; the rule machinery in {@code org.uhcmodel.internal} stays hidden and is opened,
 * with the generated implementations, to Hibernate Validator alone.
 */
module org.uhcmodel.core {
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires static org.immutables.value.annotations;

    exports org.uhcmodel.validation;
    exports org.uhcmodel.meta;
    exports org.uhcmodel.value;
    exports org.uhcmodel.source;
    exports org.uhcmodel.actor;
    exports org.uhcmodel.agreement;
    exports org.uhcmodel.programme;
    exports org.uhcmodel.scheme;
    exports org.uhcmodel.sdg;
    exports org.uhcmodel.dataset;

    opens org.uhcmodel.internal to org.hibernate.validator;
    opens org.uhcmodel.value to org.hibernate.validator;
    opens org.uhcmodel.source to org.hibernate.validator;
    opens org.uhcmodel.actor to org.hibernate.validator;
    opens org.uhcmodel.agreement to org.hibernate.validator;
    opens org.uhcmodel.programme to org.hibernate.validator;
    opens org.uhcmodel.scheme to org.hibernate.validator;
    opens org.uhcmodel.sdg to org.hibernate.validator;
    opens org.uhcmodel.dataset to org.hibernate.validator;
}
