/**
 * The dataset: one aggregate of every record, whose references resolve and whose ids are unique.
 */
package org.uhcmodel.dataset;
