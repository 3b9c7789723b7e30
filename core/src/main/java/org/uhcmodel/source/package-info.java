/**
 * The documents the model's records are taken from: news articles, press releases, communiqués, project pages.
 */
@ModelStyle
package org.uhcmodel.source;

import org.uhcmodel.internal.ModelStyle;
