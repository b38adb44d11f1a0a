package org.huquq.detention;

/**
 * One offence of a sentence: the article of the criminal code as cited ({@code "art. 205 part 2"}), the code it belongs
 * to when named ({@code "Criminal Code"}) and the country whose code it is (ISO 3166-1 alpha-2), when known.
 */
public record Offence(String code, String article, String country) {
}
