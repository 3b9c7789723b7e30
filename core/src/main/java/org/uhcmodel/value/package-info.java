/**
 * Values shared by every area of the model: text, dates, periods, countries, identifiers, money, figures and places.
 */
@ModelStyle
package org.uhcmodel.value;

import org.uhcmodel.internal.ModelStyle;
