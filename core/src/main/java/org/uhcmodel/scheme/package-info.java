/**
 * Coverage schemes (social health insurance funds, mutuelles, universal health insurance) with whom they cover,
 * which services at what cost to the member, how they are financed and how many people they enrol.
 */
package org.uhcmodel.scheme;
