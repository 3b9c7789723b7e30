/**
 * The actors of health coverage: organisations, with the health-facility profile of those that give care, and persons with their positions.
 */
package org.uhcmodel.actor;
