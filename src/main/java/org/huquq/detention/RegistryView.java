package org.huquq.detention;

/**
 * The registry's views of detention records. All but {@link #ALL} list current records only (the person's open
 * record that began last).
 */
public enum RegistryView {
    /** Everyone held now. */
    CURRENT,
    /** Our nationals held in another country. */
    ABROAD,
    /** People held in our own country, whatever their nationality. */
    AT_HOME,
    /** Women, children, the elderly, the ill and the disabled among those held now. */
    VULNERABLE,
    /** Records still open after the release day of their sentence, the longest past it first. */
    REVIEW,
    /** Every record, past ones too. */
    ALL
}
