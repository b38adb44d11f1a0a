package org.huquq.shared;

import java.util.UUID;

/** A record under the confidentiality model: it belongs to one institution, has a level and may have a team. */
public interface Protected {

    UUID institutionId();

    Confidentiality confidentiality();

    /** The assigned team, or {@code null} when none is assigned. */
    UUID teamId();
}
