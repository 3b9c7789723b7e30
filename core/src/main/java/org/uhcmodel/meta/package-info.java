/**
 * The description of the model, as data: its types with their properties and references, its rules and its
 * vocabularies, for readers, writers, schemas and generators that follow the model without restating it.
 */
package org.uhcmodel.meta;
