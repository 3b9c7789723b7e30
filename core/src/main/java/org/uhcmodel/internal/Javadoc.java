package org.uhcmodel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The first sentence of the Javadoc of each public type and accessor of the model, which the build writes among the
 * classes of core ({@code javadoc.properties} beside this class) while it compiles them: the one source of the
 * descriptions of the model's types and properties.
 */
public final class Javadoc {

    private static final String RESOURCE = "javadoc.properties";

    private Javadoc() {
    }

    /** The summaries, read once. */
    private static final class Summaries {
        static final Properties ALL = load();

        private static Properties load() {
            Properties all = new Properties();
            try (InputStream in = Javadoc.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The summaries of the model's Javadoc, " + RESOURCE + " in "
                        + Javadoc.class.getPackageName() + ", are missing: core was compiled without its Javadoc "
                        + "summary processor (build core with Maven, from clean)");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    all.load(reader);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return all;
        }
    }

    /**
     * Gets the first sentence of the Javadoc of a public type of the model.
     *
     * @param type  the type, not null
     * @return the sentence, such as {@code An organisation that takes part in health coverage: …}
     * @throws IllegalStateException if the type has no Javadoc, or the summaries are missing
     */
    public static String summary(Class<?> type) {
        return get(type.getName());
    }

    /**
     * Gets the first sentence of the Javadoc of a public accessor of a public type of the model.
     *
     * @param type  the type declaring the accessor, not null
     * @param accessor  the name of the accessor, not null
     * @return the sentence, such as {@code Gets the name, in the languages the sources give it.}
     * @throws IllegalStateException if the accessor has no Javadoc, or the summaries are missing
     */
    public static String summary(Class<?> type, String accessor) {
        return get(type.getName() + "#" + accessor);
    }

    private static String get(String key) {
        String summary = Summaries.ALL.getProperty(key);
        if (summary == null) {
            throw new IllegalStateException("No Javadoc summary of " + key);
        }
        return summary;
    }
}
