/**
 * The monitoring of SDG target 3.8, universal health coverage: its indicators 3.8.1 and 3.8.2, and the observed
 * values and national targets reported for them.
 */
package org.uhcmodel.sdg;
