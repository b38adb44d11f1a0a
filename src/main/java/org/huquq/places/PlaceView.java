package org.huquq.places;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/** A place as pages and the API show it. */
public record PlaceView(UUID id, String code, String nameEn, String nameRu, String nameTg, String type,
        String authority, String countryCode, String region, String address, BigDecimal latitude,
        BigDecimal longitude, Integer capacity, String notes, Confidentiality confidentiality, UUID teamId,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    /** The name in the wanted language, else the first one recorded. */
    public String name(String language) {
        String preferred = switch (language) {
            case "ru" -> nameRu;
            case "tg" -> nameTg;
            default -> nameEn;
        };
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        for (String name : new String[] { nameEn, nameRu, nameTg }) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return "";
    }
}
