/**
 * IATI 2.03 XML: {@link org.uhcmodel.iati.IatiWriter} publishes a dataset's programmes as IATI activities and its
 * organisations as IATI organisations, {@link org.uhcmodel.iati.IatiReader} reads IATI activities into the model,
 * reporting what it cannot carry, and {@link org.uhcmodel.iati.IatiSchemas} checks documents against the official
 * schemas shipped with the module.
 */
package org.uhcmodel.iati;
