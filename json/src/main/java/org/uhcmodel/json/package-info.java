/**
 * The JSON wire format of uhc-model: a Jackson 3 module, a strict reader that reports every problem of a document at
 * once, a deterministic writer, NDJSON streaming and the JSON Schema of the format.
 */
package org.uhcmodel.json;
