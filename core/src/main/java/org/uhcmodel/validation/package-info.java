/**
 * The outcome of enforcing the model's rules: violations and the exception that lists them.
 */
package org.uhcmodel.validation;
