/**
 * Machinery that enforces the model's rules; not part of the API.
 */
package org.uhcmodel.internal;
