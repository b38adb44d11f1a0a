package org.huquq.places.domain;

import java.util.UUID;

import org.huquq.shared.Confidentiality;
import org.huquq.shared.Protected;

/** A place's code and names with what decides who may read it: how other pages name a place in one query. */
public record PlaceName(UUID id, String code, String nameEn, String nameRu, String nameTg, UUID institutionId,
        Confidentiality confidentiality, UUID teamId) implements Protected {
}
