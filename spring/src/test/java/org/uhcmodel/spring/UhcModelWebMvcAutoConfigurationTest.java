package org.uhcmodel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;

/** When the auto-configuration applies, and what an application can put in its place. */
class UhcModelWebMvcAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(UhcModelWebMvcAutoConfiguration.class));

    @Test
    void aServletWebApplicationGetsTheConverterAheadOfTheDefaultsAndTheHandler() {
        web.run(context -> {
            assertThat(context).hasSingleBean(JsonReadExceptionHandler.class);
            HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer().registerDefaults();
            context.getBeansOfType(ServerHttpMessageConvertersCustomizer.class).values()
                .forEach(customizer -> customizer.customize(builder));
            assertThat(builder.build().iterator().next()).isInstanceOf(UhcJsonHttpMessageConverter.class);
        });
    }

    @Test
    void anApplicationsOwnHandlerTakesThePlaceOfTheDefaultOne() {
        web.withUserConfiguration(OwnHandler.class).run(context -> {
            assertThat(context).hasSingleBean(JsonReadExceptionHandler.class);
            assertThat(context.getBean(JsonReadExceptionHandler.class)).isSameAs(OwnHandler.HANDLER);
        });
    }

    @Test
    void anApplicationThatIsNotAWebApplicationGetsNothing() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UhcModelWebMvcAutoConfiguration.class))
            .run(context -> {
                assertThat(context).doesNotHaveBean(JsonReadExceptionHandler.class);
                assertThat(context).doesNotHaveBean(ServerHttpMessageConvertersCustomizer.class);
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnHandler {
        static final JsonReadExceptionHandler HANDLER = new JsonReadExceptionHandler();

        @Bean
        JsonReadExceptionHandler ownHandler() {
            return HANDLER;
        }
    }
}
