package org.huquq.people;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Document numbers as matched: upper case, separators removed, and Cyrillic letters that look like Latin ones
 * (А, В, Е, К, М, Н, О, Р, С, Т, Х, У) read as Latin, because clerks type either.
 */
public final class DocumentNumbers {

    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./№#-]{1,58}[\\p{L}\\p{N}]");
    private static final Pattern NORMALIZED = Pattern.compile("[\\p{Lu}\\p{N}]{3,30}");
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('А', 'A'),
            Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('Н', 'H'),
            Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'), Map.entry('Х', 'X'),
            Map.entry('У', 'Y'));

    private DocumentNumbers() {
    }

    public static String normalize(String number) {
        StringBuilder normalized = new StringBuilder();
        for (char c : number.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            char latin = LOOK_ALIKES.getOrDefault(c, c);
            if (Character.isLetterOrDigit(latin)) {
                normalized.append(latin);
            }
        }
        return normalized.toString();
    }

    /**
     * Letters, digits and separators only, and 3 to 30 letters or digits once normalised (Cyrillic series such as
     * the ДТ of a birth certificate stay Cyrillic).
     */
    public static boolean isWellFormed(String number) {
        String stripped = number.strip();
        return WELL_FORMED.matcher(stripped).matches() && NORMALIZED.matcher(normalize(stripped)).matches();
    }
}
