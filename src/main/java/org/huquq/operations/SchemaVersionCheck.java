package org.huquq.operations;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
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

    private static MigrationVersion newest(java.util.stream.Stream<MigrationInfo> migrations) {
        return migrations.map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
