/**
 * Spring Boot 4 auto-configuration for web services that take or return uhc-model values: request bodies of model
 * types read by the strict reader, and refused documents answered with HTTP 400 and an RFC 9457 problem detail.
 */
package org.uhcmodel.spring;
