package org.huquq.shared;

import java.util.UUID;

/** The acting user as every module may see it: who, and for which institution. */
public interface InstitutionMember {

    UUID userId();

    String username();

    UUID institutionId();
}
