/**
 * The dataset: one aggregate of every record, whose references resolve and whose ids are unique.
 */
@ModelStyle
package org.uhcmodel.dataset;

import org.uhcmodel.internal.ModelStyle;
