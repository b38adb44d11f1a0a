package org.huquq.detention;

import java.util.UUID;

/**
 * What a registry view is narrowed to; {@code null} filters do not filter: the country of the place (ISO alpha-2),
 * one place, one nationality of the person, one legal status, one person.
 */
public record DetentionFilter(RegistryView view, String country, UUID placeId, String nationality,
        String legalStatus, UUID personId) {

    public DetentionFilter {
        view = view == null ? RegistryView.CURRENT : view;
    }

    public static DetentionFilter of(RegistryView view) {
        return new DetentionFilter(view, null, null, null, null, null);
    }
}
