/**
 * Tidy tables of uhc-model: SDG indicator observations and targets read from and written to CSV, in the layouts of the
 * UN SDG Global Database, Open SDG and the World Bank.
 */
module org.uhcmodel.csv {
    requires transitive org.uhcmodel.core;

    exports org.uhcmodel.csv;
}
