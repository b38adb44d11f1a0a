package org.huquq.people.matching;

/**
 * Tajik and Uzbek names written in Persian (Dari, Farsi) letters, read as Tajik Cyrillic, so that {@link NameFolding}
 * folds them as it folds the Cyrillic and Latin spellings of the same names.
 *
 * <p>Persian writing leaves short vowels out (محمد is Муҳаммад) and writes the long ones with ا, و, ی; Tajik
 * Cyrillic writes every vowel, and its о is the Persian long ā. The reading therefore gives each letter its Tajik
 * correspondence ({@code ا → о}, {@code و → у} or {@code в}, {@code ی → и} or {@code й}, a final {@code ه} after a
 * consonant {@code а}, {@code ة → а}, {@code ع} silent as ъ is), and the missing short vowels are left missing: the
 * vowel-less skeleton then meets the vowel-full one through the consonant key of {@link NameFolding#consonants}.
 * Arabic letter forms are read as their Persian twins ({@code ي ى → ی}, {@code ك → ک}, {@code ة → ه}); harakat and
 * tatweel are dropped; the article {@code ال} inside a name assimilates to the next letter as Tajik writes it (نورالدین
 * is Нуриддин, عبدالله Абдулло); a silent {@code و} after {@code خ} before {@code ا} (خواجه, Хоҷа) is dropped; the
 * Russian endings {@code وف} and {@code اف} are -ов and {@code وا} after a consonant -ова. ICU's Arabic-Latin was
 * tried and not used: it reads Persian letters as Arabic (no پ چ ژ گ), writes every ی as ī, and gives the Tajik о
 * as {@code ā}, which meets no Cyrillic spelling.
 */
final class PersoArabic {

    /** The sun letters, to which the article's ل assimilates (الدین is -иддин). */
    private static final String SUN_LETTERS = "تثدذرزسشصضطظلن";

    private PersoArabic() {
    }

    /** Whether a word has letters of the Arabic script. */
    static boolean isArabicScript(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.ARABIC
                    && Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One word in Persian or Arabic letters as Tajik Cyrillic, lower-case; letters of other scripts pass through.
     *
     * @param word one word of a name
     * @return its Tajik Cyrillic reading, short vowels missing
     */
    static String toTajikCyrillic(String word) {
        String s = letters(word);
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char previous = i > 0 ? s.charAt(i - 1) : 0;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            boolean start = i == 0;
            boolean end = i == s.length() - 1;
            if (c == 'ا' && next == 'ل' && i > 0 && i + 2 < s.length() && isArticle(s, i)) {
                // the article inside a name: عبدالله Абдулло, نورالدین Нуриддин, عبدالرحمن Абдураҳмон
                String rest = s.substring(i + 2);
                if (rest.equals("له") || rest.equals("لله")) {
                    out.append("улло");
                    break;
                }
                out.append(s.startsWith("عبد") && i == 3 ? 'у' : 'и');
                i++;
                if (SUN_LETTERS.indexOf(s.charAt(i + 1)) < 0) {
                    out.append('л');
                }
                continue;
            }
            if (end && c == 'ف' && (previous == 'و' || previous == 'ا') && lettersBefore(s, i - 1) >= 3) {
                out.setLength(Math.max(0, out.length() - 1));
                out.append("ов");
                continue;
            }
            if (end && c == 'ا' && previous == 'و' && i >= 2 && !isVowelLetter(s.charAt(i - 2))) {
                out.setLength(Math.max(0, out.length() - 1));
                out.append("ова");
                continue;
            }
            out.append(switch (c) {
                // an initial ا carries a short vowel that is not written; а is the most frequent (Аҳмад, Азиз)
                case 'ا' -> start ? "а" : "о";
                case 'آ' -> "о";
                // a Persian word never begins with a vowel letter: an initial و is в (ولی, Валӣ), as is one before ا
                // or between long vowels (نوایی, داوود); a و between خ and ا is silent (خواجه, Хоҷа)
                case 'و' -> previous == 'خ' && next == 'ا' ? ""
                        : start || next == 'ا' || isVowelLetter(previous) && isVowelLetter(next) ? "в" : "у";
                case 'ی' -> start || isVowelLetter(previous) && next != 0 ? "й" : "и";
                case 'ه' -> end && !start && !isVowelLetter(previous) ? "а" : "ҳ";
                case 'ة' -> "а";
                case 'ۀ' -> "аи";
                case 'ب' -> "б";
                case 'پ' -> "п";
                case 'ت', 'ط' -> "т";
                case 'ث', 'س', 'ص' -> "с";
                case 'ج' -> "ҷ";
                case 'چ' -> "ч";
                case 'ح' -> "ҳ";
                case 'خ' -> "х";
                case 'د' -> "д";
                case 'ذ', 'ز', 'ض', 'ظ' -> "з";
                case 'ر' -> "р";
                case 'ژ' -> "ж";
                case 'ش' -> "ш";
                case 'ع', 'ء' -> "";
                case 'غ' -> "ғ";
                case 'ف' -> "ф";
                case 'ق' -> "қ";
                case 'ک' -> "к";
                case 'گ' -> "г";
                case 'ل' -> "л";
                case 'م' -> "м";
                case 'ن' -> "н";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /**
     * Whether the ا and ل at {@code at} are the article: after عبد (Абду-), or before الدین and الله, the endings of
     * names built with it. Elsewhere they are a long а and an л of the name (اسماعیل, سلطان).
     */
    private static boolean isArticle(String s, int at) {
        String rest = s.substring(at + 2);
        return (s.startsWith("عبد") && at == 3) || rest.equals("دین") || rest.equals("له") || rest.equals("لله");
    }

    /** The word with Arabic letter forms as Persian ones and harakat, tatweel and joiners dropped. */
    private static String letters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'ي', 'ى', 'ئ' -> out.append('ی');
                case 'ك' -> out.append('ک');
                case 'أ', 'إ', 'ٱ' -> out.append('ا');
                case 'ؤ' -> out.append('و');
                case 'ـ' -> {
                    // tatweel stretches a joined letter and is nothing
                }
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.FORMAT) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * How many letters stand before {@code at}, the silent ع not counted: -ов is read in نظروف (Назаров) and کریموف,
     * not in the -уф of معروف (Маъруф) or یوسف.
     */
    private static int lettersBefore(String s, int at) {
        int count = 0;
        for (int i = 0; i < at; i++) {
            count += s.charAt(i) == 'ع' ? 0 : 1;
        }
        return count;
    }

    /** The letters that write long vowels: after one of them, و and ی are consonants (داوود, Ҳайдар). */
    private static boolean isVowelLetter(char c) {
        return c == 'ا' || c == 'آ' || c == 'و' || c == 'ی';
    }
}
