package org.huquq.deadlines.domain;

import java.util.UUID;

/** A reply rule's code and names: how other pages name a rule in one query. */
public record ReplyRuleName(UUID id, String code, String nameEn, String nameRu, String nameTg) {
}
