package org.huquq.identity;

import java.util.List;
import java.util.UUID;

/**
 * Published once, at the first start with demo data, after the demo institutions and their users exist. Each module
 * listens and adds its part of the story.
 */
public record DemoInstitutionsCreated(List<DemoInstitution> institutions) {

    /** A demo institution with its country and its teams by name. */
    public record DemoInstitution(UUID id, String code, String countryCode, UUID monitoringTeamId,
            UUID casesTeamId) {
    }

    public DemoInstitution byCode(String code) {
        return institutions.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
