package org.uhcmodel.iati;

import java.time.LocalDate;
import org.uhcmodel.value.DatePrecision;
import org.uhcmodel.value.PartialDate;

/**
 * What the writer and the reader share: the version, the extension namespace, and how a date of the model, stated to
 * the year, the month or the day, becomes the day IATI asks for.
 */
final class IatiXml {

    /** The version of the IATI Standard written and read. */
    static final String VERSION = "2.03";
    /** The namespace of uhc-model's extension elements and attributes. */
    static final String NAMESPACE = IatiWriter.EXTENSION_NAMESPACE;
    /** The prefix of the extension namespace. */
    static final String PREFIX = "uhc";
    /** The spatial reference system of a point: WGS 84 latitude and longitude. */
    static final String WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    private IatiXml() {
    }

    /**
     * Gets the day IATI is given for a date: the date itself when stated to the day, else the first day of the year or
     * month for a date that opens something (a start, a value date), the last day for one that closes it (an end).
     *
     * @param date  the date, not null
     * @param closing  true for a date that closes a period
     * @return the day, not null
     */
    static LocalDate day(PartialDate date, boolean closing) {
        return closing ? date.latest() : date.earliest();
    }

    /**
     * Checks whether a date is stated to the day, so that IATI's day is the date as stated.
     *
     * @param date  the date, not null
     * @return true if the date has a day
     */
    static boolean isDay(PartialDate date) {
        return date.precision() == DatePrecision.DAY;
    }
}
