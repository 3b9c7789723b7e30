package org.uhcmodel.csv;

/**
 * The layouts of tables the reader knows.
 */
public enum CsvLayout {
    /**
     * One row per value, a column per part of its key and per attribute: the UN SDG Global Database's CSV export
     * ({@code SeriesCode, GeoAreaCode, GeoAreaName, TimePeriod, Value, [Sex], [Nature] …}), Open SDG's data files
     * ({@code Year, SeriesCode, GeoAreaName, Value}) and what {@link ObservationCsvWriter} writes.
     */
    TIDY,
    /**
     * One row per area and series, one column per year: the World Bank's World Development Indicators download
     * ({@code Country Name, Country Code, Indicator Name, Indicator Code, 1960 … 2023}), with its lines about the
     * file above the header.
     */
    WORLD_BANK_WIDE
}
