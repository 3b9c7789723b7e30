/**
 * jqwik arbitraries of valid and deliberately invalid uhc-model values, one facade per area of the model.
 */
package org.uhcmodel.testing;
