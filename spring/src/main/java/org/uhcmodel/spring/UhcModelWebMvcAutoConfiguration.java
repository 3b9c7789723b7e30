package org.uhcmodel.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of a Spring MVC application for uhc-model, applied when this jar is on the class path: request
 * and response bodies of model types are read and written by {@link UhcJsonHttpMessageConverter}, ahead of the other
 * converters, and a refused document is answered by {@link JsonReadExceptionHandler}.
 * <p>
 * Model values inside an application's own types are read by Jackson with {@code UhcJsonModule}, which Spring Boot
 * finds by itself. To leave it out, exclude this class ({@code spring.autoconfigure.exclude}); to answer refused
 * documents otherwise, declare a bean of type {@link JsonReadExceptionHandler} of your own.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ServerHttpMessageConvertersCustomizer.class})
public final class UhcModelWebMvcAutoConfiguration {

    /** Creates the configuration; called by Spring. */
    public UhcModelWebMvcAutoConfiguration() {
    }

    /**
     * Adds the converter of model types to the server's converters, ahead of the default ones.
     *
     * @return the customizer, not null
     */
    @Bean
    public ServerHttpMessageConvertersCustomizer uhcModelServerHttpMessageConverters() {
        UhcJsonHttpMessageConverter converter = new UhcJsonHttpMessageConverter();
        return builder -> builder.addCustomConverter(converter);
    }

    /**
     * Answers refused documents with a problem detail.
     *
     * @return the handler, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public JsonReadExceptionHandler uhcModelJsonReadExceptionHandler() {
        return new JsonReadExceptionHandler();
    }
}
