package org.huquq.counterparts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A counterpart institution as pages and the API show it. */
public record CounterpartView(UUID id, String reference, String kind, String countryCode, String nameEn,
        String nameRu, String nameTg, String nameNative, String nativeLanguage, String abbreviation, UUID parentId,
        String postalAddress, String email, String phone, String website, String notes, boolean active,
        List<ContactPerson> contacts, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        long version) {

    /** The name in the wanted language (en, ru, tg), else the first one recorded, else the own-language name. */
    public String name(String language) {
        String preferred = switch (language == null ? "en" : language) {
            case "ru" -> nameRu;
            case "tg" -> nameTg;
            default -> nameEn;
        };
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        for (String name : new String[] { nameEn, nameRu, nameTg, nameNative }) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return reference;
    }
}
