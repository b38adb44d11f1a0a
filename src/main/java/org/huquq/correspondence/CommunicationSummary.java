package org.huquq.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/** One row of the communications log: the call or meeting, with the counterpart's reference and names. */
public record CommunicationSummary(UUID id, String reference, String kind, LocalDate occurredOn,
        LocalTime occurredTime, String subject, Confidentiality confidentiality, UUID counterpartId,
        String counterpartReference, String counterpartNameEn, String counterpartNameRu, String counterpartNameTg,
        String counterpartNameNative) {

    /** The counterpart's name in the wanted language (en, ru, tg), else the first one recorded, else its reference. */
    public String counterpartName(String language) {
        String preferred = switch (language == null ? "en" : language) {
            case "ru" -> counterpartNameRu;
            case "tg" -> counterpartNameTg;
            default -> counterpartNameEn;
        };
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        for (String name : new String[] { counterpartNameEn, counterpartNameRu, counterpartNameTg,
                counterpartNameNative }) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return counterpartReference;
    }
}
