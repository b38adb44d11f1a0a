package org.huquq.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates the database as Spring Boot would, but first refuses a database that a newer version of Huquq has
 * migrated: Flyway ignores such "future" migrations by default, and this version would then run on a schema it does
 * not know (an older jar started after an upgrade, a backup of a newer version restored).
 */
@Component
class SchemaVersionCheck implements FlywayMigrationStrategy {

    private static final Set<MigrationState> FUTURE = EnumSet.of(MigrationState.FUTURE_SUCCESS,
            MigrationState.FUTURE_FAILED);
    /** A versioned migration's file name, as Flyway reads it by default: {@code V74__what.sql}, {@code V1_1__x.sql}. */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        MigrationVersion newest = newest(Arrays.stream(info.applied()).filter(m -> FUTURE.contains(m.getState())));
        if (newest != null) {
            MigrationVersion known = newest(Arrays.stream(info.all()).filter(m -> !FUTURE.contains(m.getState())));
            throw new SchemaNewerThanApplication(newest.getVersion(), known == null ? "none" : known.getVersion());
        }
        flyway.migrate();
    }

    /**
     * The newest schema version this build's migrations reach, read from their file names in {@code locations}
     * ({@code spring.flyway.locations}: {@code classpath:db/migration}) without a database: what a restore compares
     * an archive's schema version with before it writes anything.
     */
    static MigrationVersion newestKnown(String... locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                SchemaVersionCheck.class.getClassLoader());
        MigrationVersion newest = null;
        for (String location : locations) {
            String base = location.startsWith("filesystem:") ? "file:" + location.substring("filesystem:".length())
                    : "classpath*:" + location.replaceFirst("^classpath:", "");
            try {
                for (Resource resource : resolver.getResources(base.replaceAll("/+$", "") + "/**/V*__*.sql")) {
                    Matcher name = VERSIONED.matcher(Objects.requireNonNullElse(resource.getFilename(), ""));
                    if (name.matches()) {
                        MigrationVersion version = MigrationVersion.fromVersion(name.group(1).replace('_', '.'));
                        newest = newest == null || version.isNewerThan(newest) ? version : newest;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migrations at " + location, e);
            }
        }
        return newest;
    }

    private static MigrationVersion newest(java.util.stream.Stream<MigrationInfo> migrations) {
        return migrations.map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
