package org.huquq.correspondence;

import java.util.UUID;

/** A linked place the reader may see, with its names in English, Russian and Tajik. */
public record LinkedPlace(UUID id, String code, String nameEn, String nameRu, String nameTg) {

    /** The name in the wanted language, else the first one recorded, else the code. */
    public String name(String language) {
        String preferred = switch (language == null ? "en" : language) {
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
        return code;
    }
}
