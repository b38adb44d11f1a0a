package org.huquq.places;

import java.util.List;

import org.springframework.stereotype.Component;

/** The terms a place's type and authority are chosen from. */
@Component
public class PlaceVocabulary {

    public static final String TYPES = "place-type";
    public static final String AUTHORITIES = "authority";

    private static final List<String> TYPE_CODES = List.of("PENAL_COLONY", "PRE_TRIAL_DETENTION",
            "POLICE_TEMPORARY_DETENTION", "MIGRATION_DETENTION", "BORDER_FACILITY", "PSYCHIATRIC", "JUVENILE", "OTHER");

    private static final List<String> AUTHORITY_CODES = List.of("MINISTRY_OF_JUSTICE", "MINISTRY_OF_INTERIOR",
            "BORDER_SERVICE", "SECURITY_SERVICE", "MINISTRY_OF_HEALTH", "OTHER");

    public List<String> types() {
        return TYPE_CODES;
    }

    public List<String> authorities() {
        return AUTHORITY_CODES;
    }

    public boolean isType(String code) {
        return TYPE_CODES.contains(code);
    }

    public boolean isAuthority(String code) {
        return AUTHORITY_CODES.contains(code);
    }
}
