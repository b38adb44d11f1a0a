package org.huquq.shared;

/**
 * A term an administrator adds to a vocabulary for their institution. {@code code} is stable and upper case
 * ({@code SPECIAL_REGIME}); {@code sortOrder} may be null to put the term last.
 */
public record NewTerm(String code, String labelEn, String labelRu, String labelTg, Integer sortOrder) {
}
