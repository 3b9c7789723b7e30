/**
 * The JSON Schema of the wire format, as the resource {@code uhc-model.schema.json} of this package: a package of its
 * own, open to every module, so that the schema can be read from the class path and the module path alike
 * ({@link org.uhcmodel.json.UhcJson#SCHEMA_RESOURCE}, {@link org.uhcmodel.json.UhcJson#schema()}). It holds no types.
 */
package org.uhcmodel.json.schema;
