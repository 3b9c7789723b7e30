/**
 * Observations and targets read from and written to tidy CSV tables, one row per value, in the shape of the UN SDG
 * Global Database and Open SDG, and observations read from the wide tables of the World Bank; streaming, with every
 * refused row reported by its line and the model's rule codes.
 */
package org.uhcmodel.csv;
