/**
 * The actors of health coverage: organisations, with the health-facility profile of those that give care, and persons with their positions.
 */
@ModelStyle
package org.uhcmodel.actor;

import org.uhcmodel.internal.ModelStyle;
