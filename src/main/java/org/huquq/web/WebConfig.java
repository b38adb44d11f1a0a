package org.huquq.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.huquq.shared.web.IfMatchArgumentResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

@Configuration
class WebConfig implements WebMvcConfigurer {

    private final LanguageSwitch languages;

    WebConfig(LanguageSwitch languages) {
        this.languages = languages;
    }

    // static: the language switch this configuration takes needs the resolver before the configuration exists
    @Bean
    static LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }

    /** Replaces Spring Boot's message source: the same bundles, formatted by ICU (plurals, locale numbers, dates). */
    @Bean
    static MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
        return IcuMessageSource.of(basenames);
    }

    /** Links to static resources named as the resource chain serves them; other links left alone. */
    @Bean
    FilterRegistrationBean<StaticResourceLinks> staticResourceLinks(ResourceUrlProvider mvcResourceUrlProvider) {
        FilterRegistrationBean<StaticResourceLinks> registration =
                new FilterRegistrationBean<>(new StaticResourceLinks(mvcResourceUrlProvider::getForLookupPath));
        // as Spring Boot registers the filter this replaces: error pages link to the same resources
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Keeps Spring Boot from registering its {@link ResourceUrlEncodingFilter} (it does when a webjar locator is on
     * the class path), which looks every link of a page up among the static resources: {@link StaticResourceLinks}
     * does its work for the links that are static resources.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Every string of a JSON body obeys the rule of {@link ControlCharacters}. */
    @Bean
    JacksonModule controlCharacters() {
        return new SimpleModule("control-characters").addDeserializer(String.class, new ControlCharacters.JsonText());
    }

    /**
     * A null among the items of a list or a set that a JSON body fills ({@code "names":[null]}) is refused, naming it
     * ({@code names[0]}): no module has to expect holes in what it is given. Properties declared as a list or a set
     * only: a map, or JSON read without a type, keeps its nulls.
     */
    @Bean
    JsonMapperBuilderCustomizer noNullItems() {
        JsonSetter.Value noNulls = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
                builder.withConfigOverride(type, override -> override.setNullHandling(noNulls));
            }
        };
    }

    /** Every date of a JSON body has a year of four digits ({@link RequestDates}). */
    @Bean
    JacksonModule fourDigitYears() {
        return new SimpleModule("four-digit-years").setDeserializerModifier(new RequestDates.JsonDates());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameterInterceptor(languages)).excludePathPatterns("/api/**");
        registry.addInterceptor(new SingleValuedParameters()).addPathPatterns("/api/**");
    }

    /** API handlers take the version a client changes as an {@code IfMatch} argument. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatchArgumentResolver());
    }
}
