/**
 * Programmes: development projects, national strategies, support programmes and international initiatives,
 * with the organisations taking part in their IATI roles, their objectives and their results.
 */
package org.uhcmodel.programme;
