package org.huquq.shared.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs before anything connects: makes the data directory absolute (H2 refuses relative file paths), and refuses to
 * start a production profile that points at the embedded H2 database.
 */
public class StartupEnvironment implements EnvironmentPostProcessor {

    static final String DATA_DIR = "huquq.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty(DATA_DIR);
        if (dataDir != null) {
            String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
            environment.getPropertySources().addFirst(new MapPropertySource("huquqAbsoluteDataDir",
                    Map.of(DATA_DIR, absolute)));
        }
        refuseH2InProduction(environment);
    }

    static void refuseH2InProduction(ConfigurableEnvironment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        String url = environment.getProperty("spring.datasource.url", "");
        if (production && url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("The 'postgres' profile must not run on H2 (spring.datasource.url=" + url
                    + "). Set HUQUQ_DB_URL to a PostgreSQL URL.");
        }
    }
}
