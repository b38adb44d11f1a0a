package org.huquq.counterparts.domain;

import java.util.UUID;

/** A counterpart's reference and names: how other pages name a counterpart in one query. */
public record CounterpartName(UUID id, String reference, String nameEn, String nameRu, String nameTg,
        String nameNative, UUID institutionId) {
}
