/**
 * Implementations of the arbitraries; not part of the public API and free to change.
 */
package org.uhcmodel.testing.internal;
