/**
 * IATI 2.03 XML for uhc-model: writes a dataset's programmes as IATI activities and its organisations as IATI
 * organisations, in documents the official IATI 2.03 schemas accept, and reads IATI activities back into the model.
 * <p>
 * Depends on the core of uhc-model and the JDK's XML support only.
 */
module org.uhcmodel.iati {
    requires transitive org.uhcmodel.core;
    requires transitive java.xml;

    exports org.uhcmodel.iati;
}
