package org.huquq.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the audit trail: which kinds of record entries are about, and what an entry says happened. An entry
 * stores a coarse action (CREATE, UPDATE, READ...) and a technical detail written by the module that made the
 * change; the detail's opening words tell the finer event ("outcome ANSWERED on 2024-05-01" is a reply outcome
 * recorded). Details without a known opening read as their action ("details changed"), so a new kind of change is
 * never shown raw, only less precisely, until it is named here and in {@code i18n/audit*.properties}.
 */
final class AuditEntryWording {

    /** Message keys of the kind of record, in the order the kind filter lists them. */
    static final Map<String, String> KINDS = kinds();

    static final String OTHER_KIND = "audit.kind.other";

    private static final Pattern CALENDAR_DAY = Pattern.compile("^([A-Z]{2}) (\\d{4})-(\\d{2}-\\d{2})\\b.*");

    private static final Pattern VOCABULARY_TERM = Pattern.compile("^([a-z0-9-]+)/(\\S+).*");

    private AuditEntryWording() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String type : new String[] { "Person", "DuplicateCandidates", "Place", "Counterpart", "Letter",
                "Communication", "Commitment", "CommitmentFollowUp", "ReplyRule", "CalendarDay", "VocabularyTerm",
                "User", "Team", "Institution", "ApiToken", "Backup", "Detention", "DetaineeRequest",
                "DetaineeRequestStep", "SpreadsheetImport" }) {
            kinds.put(type, "audit.kind." + type);
        }
        return Collections.unmodifiableMap(kinds);
    }

    static String kindKey(String objectType) {
        return objectType == null ? OTHER_KIND : KINDS.getOrDefault(objectType, OTHER_KIND);
    }

    /** The message key of what happened. */
    static String eventKey(String objectType, AuditAction action, String detail) {
        String event = event(objectType == null ? "" : objectType, action, detail == null ? "" : detail);
        return event == null ? "audit.event.action." + action.name() : "audit.event." + event;
    }

    private static String event(String type, AuditAction action, String detail) {
        switch (type) {
        case "Letter":
            if (action == AuditAction.CREATE) {
                return "registered";
            }
            if (action == AuditAction.UPDATE) {
                return detail.startsWith("outcome ") ? "outcomeRecorded"
                        : detail.startsWith("translation ") ? "translationAdded"
                        : detail.startsWith("attachment ") ? "fileAttached" : null;
            }
            return action == AuditAction.READ && detail.startsWith("attachment ") ? "fileOpened" : null;
        case "Person":
            if (action == AuditAction.CREATE) {
                return "registered";
            }
            if (action != AuditAction.UPDATE) {
                return null;
            }
            switch (detail) {
            case "name added":
                return "nameAdded";
            case "document added":
                return "documentAdded";
            case "contact added":
                return "contactAdded";
            default:
                return detail.startsWith("not the same person as ") ? "notSamePerson"
                        : detail.startsWith("merged into ") ? "mergedInto"
                        : detail.startsWith("merged ") ? "mergedFrom"
                        : detail.startsWith("merge into ") && detail.endsWith(" undone") ? "mergeUndone" : null;
            }
        case "DuplicateCandidates":
            return action == AuditAction.UPDATE ? "duplicatesSearched" : null;
        case "CommitmentFollowUp":
            return action == AuditAction.CREATE ? "followUpRecorded" : null;
        case "DetaineeRequestStep":
            return action == AuditAction.CREATE ? "stepRecorded" : null;
        case "ReplyRule":
        case "VocabularyTerm":
            if (action == AuditAction.CREATE && type.equals("VocabularyTerm")) {
                return "termAdded";
            }
            return action != AuditAction.UPDATE ? null
                    : detail.endsWith(" deprecated") ? "withdrawn"
                    : detail.endsWith(" in use again") ? "reinstated" : null;
        case "CalendarDay":
            return action == AuditAction.CREATE ? "dayAdded" : null;
        case "User":
            return userEvent(action, detail);
        case "Institution":
            return action == AuditAction.UPDATE && detail.startsWith("secondFactorRequired=") ? "secondFactorPolicy"
                    : null;
        default:
            return null;
        }
    }

    private static String userEvent(AuditAction action, String detail) {
        if (action == AuditAction.CREATE) {
            return "accountCreated";
        }
        if (action == AuditAction.LOGIN_SUCCESS) {
            return detail.endsWith("second factor pending") ? "passwordAccepted" : null;
        }
        if (action != AuditAction.UPDATE) {
            return null;
        }
        switch (detail) {
        case "second factor enabled":
            return "secondFactorOn";
        case "second factor disabled":
            return "secondFactorOff";
        case "password reset":
            return "passwordReset";
        case "password changed":
            return "passwordChanged";
        default:
            return detail.startsWith("roles=") ? "accessChanged"
                    : detail.startsWith("language=") ? "languageChanged" : null;
        }
    }

    /**
     * The vocabulary and term code a vocabulary entry's detail names ("place-type/COLONY deprecated"), or
     * {@code null}.
     */
    static String[] vocabularyTerm(String detail) {
        Matcher term = detail == null ? null : VOCABULARY_TERM.matcher(detail);
        return term != null && term.matches() ? new String[] { term.group(1), term.group(2) } : null;
    }

    /** The country code, year and date a calendar entry's detail names ("TJ 2026-03-21 HOLIDAY"), or {@code null}. */
    static String[] calendarDay(String detail) {
        Matcher day = detail == null ? null : CALENDAR_DAY.matcher(detail);
        return day != null && day.matches() ? new String[] { day.group(1), day.group(2), day.group(2) + "-" + day.group(3) }
                : null;
    }
}
