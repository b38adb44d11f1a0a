/**
 * The open kernel every module may use: confidentiality, the acting user, multilingual text and typed-text checks
 * ({@link org.huquq.shared.TypedText}), partial dates, country codes, controlled vocabularies
 * ({@link org.huquq.shared.Vocabularies}), search analysis, the file store, and the records of other modules that
 * concern a record ({@link org.huquq.shared.RelatedRecords}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.huquq.shared;
