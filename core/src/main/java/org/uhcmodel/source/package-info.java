/**
 * The documents the model's records are taken from: news articles, press releases, communiqués, project pages.
 */
package org.uhcmodel.source;
