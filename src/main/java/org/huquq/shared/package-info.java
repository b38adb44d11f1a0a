/**
 * The open kernel every module may use: confidentiality, the acting user, multilingual text, partial dates,
 * country codes, controlled vocabularies ({@link org.huquq.shared.Vocabularies}), working-day calendars and
 * deadlines ({@link org.huquq.shared.WorkingCalendar}), search analysis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.huquq.shared;
