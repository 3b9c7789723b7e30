/**
 * jqwik arbitraries of valid and deliberately invalid uhc-model values.
 */
module org.uhcmodel.testing {
    requires transitive org.uhcmodel.core;
    requires transitive net.jqwik.api;

    exports org.uhcmodel.testing;
    // The domains are instantiated, and their provider methods called, by jqwik's engine.
    opens org.uhcmodel.testing to net.jqwik.engine;

    provides net.jqwik.api.providers.ArbitraryProvider with org.uhcmodel.testing.internal.UhcArbitraryProvider;
}
