/**
 * The areas that monitoring data are reported for: countries, the UN M49 regions and the World, WHO regions and World
 * Bank groups, all built in and written as codes, and the sub-national areas a dataset declares.
 */
package org.uhcmodel.area;
