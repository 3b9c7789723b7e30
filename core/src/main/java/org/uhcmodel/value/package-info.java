/**
 * Values shared by every area of the model: text, dates, periods, countries, identifiers, money, figures and places.
 */
package org.uhcmodel.value;
