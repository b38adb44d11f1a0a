package org.huquq.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * What an entry says happened, from the details the modules write (copied from their calls of AuditLog.record), and
 * that every kind and event has words in English, Russian and Tajik: the keys are computed, so the bundle test does
 * not see them.
 */
class AuditEntryWordingTests {

    /** type, action, detail as written, and the event it reads as. */
    static final String[][] WRITTEN = {
            { "Letter", "CREATE", "OUT-2024-0005 | OUTGOING | …", "registered" },
            { "Letter", "UPDATE", "outcome ANSWERED on 2024-11-01", "outcomeRecorded" },
            { "Letter", "UPDATE", "translation en by Ali", "translationAdded" },
            { "Letter", "UPDATE", "attachment scan.pdf sha256 ab12", "fileAttached" },
            { "Letter", "READ", "attachment scan.pdf sha256 ab12", "fileOpened" },
            { "Letter", "UPDATE", "OUT-2024-0005 | OUTGOING | …", "action.UPDATE" },
            { "Letter", "READ", null, "action.READ" },
            { "Person", "CREATE", "PER-2024-000001", "registered" },
            { "Person", "UPDATE", "details", "action.UPDATE" },
            { "Person", "UPDATE", "name added", "nameAdded" },
            { "Person", "UPDATE", "document added", "documentAdded" },
            { "Person", "UPDATE", "contact added", "contactAdded" },
            { "Person", "UPDATE", "not the same person as 0190-…", "notSamePerson" },
            { "Person", "UPDATE", "merged PER-2024-000002 into PER-2024-000001", "mergedFrom" },
            { "Person", "UPDATE", "merged into PER-2024-000001", "mergedInto" },
            { "Person", "UPDATE", "merge into PER-2024-000001 undone", "mergeUndone" },
            { "DuplicateCandidates", "UPDATE", "4 candidates", "duplicatesSearched" },
            { "CommitmentFollowUp", "CREATE", "CMT-000001 | 2025-01-10 | IN_PROGRESS", "followUpRecorded" },
            { "ReplyRule", "UPDATE", "RU-59-FZ deprecated", "withdrawn" },
            { "ReplyRule", "UPDATE", "RU-59-FZ in use again", "reinstated" },
            { "VocabularyTerm", "CREATE", "place-type/COLONY", "termAdded" },
            { "VocabularyTerm", "UPDATE", "place-type/COLONY deprecated", "withdrawn" },
            { "CalendarDay", "CREATE", "TJ 2026-03-21 HOLIDAY", "dayAdded" },
            { "User", "CREATE", "username=ali roles=[HEAD]", "accountCreated" },
            { "User", "UPDATE", "second factor enabled", "secondFactorOn" },
            { "User", "UPDATE", "second factor disabled", "secondFactorOff" },
            { "User", "UPDATE", "roles=[HEAD] teams=1 enabled=true", "accessChanged" },
            { "User", "UPDATE", "password reset", "passwordReset" },
            { "User", "UPDATE", "password changed", "passwordChanged" },
            { "User", "UPDATE", "language=tg", "languageChanged" },
            { "User", "LOGIN_SUCCESS", "password; second factor pending", "passwordAccepted" },
            { "User", "LOGIN_SUCCESS", "second factor: totp", "action.LOGIN_SUCCESS" },
            { "Institution", "UPDATE", "secondFactorRequired=true", "secondFactorPolicy" },
            { "ApiToken", "TOKEN_CREATED", "deploy", "action.TOKEN_CREATED" },
            { "Place", "CREATE", "YAS 3/1 | …", "action.CREATE" },
            { null, "EXPORT", null, "action.EXPORT" } };

    @Test
    void detailsAsModulesWriteThemReadAsTheirEvent() {
        for (String[] written : WRITTEN) {
            assertThat(AuditEntryWording.eventKey(written[0], AuditAction.valueOf(written[1]), written[2]))
                    .as(String.join(" / ", String.valueOf(written[0]), written[1], String.valueOf(written[2])))
                    .isEqualTo("audit.event." + written[3]);
        }
    }

    @Test
    void everyKindActionAndEventHasWordsInEveryLanguage() throws IOException {
        List<String> keys = new ArrayList<>(AuditEntryWording.KINDS.values());
        keys.add(AuditEntryWording.OTHER_KIND);
        for (AuditAction action : AuditAction.values()) {
            keys.add("audit.event.action." + action.name());
            keys.add(action.messageKey());
        }
        for (String[] written : WRITTEN) {
            keys.add("audit.event." + written[3]);
        }
        for (String language : List.of("", "_ru", "_tg")) {
            Properties bundle = load("i18n/audit" + language + ".properties");
            assertThat(keys).as("audit" + language).allMatch(bundle::containsKey);
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditEntryWordingTests.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
