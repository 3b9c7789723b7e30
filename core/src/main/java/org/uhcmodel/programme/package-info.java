/**
 * Programmes: development projects, national strategies, support programmes and international initiatives,
 * with the organisations taking part in their IATI roles, their objectives and their results.
 */
@ModelStyle
package org.uhcmodel.programme;

import org.uhcmodel.internal.ModelStyle;
