package org.huquq.shared.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The <em>Latin key</em> of a name, in which Russian, Tajik and Latin spellings of one word meet, so that "Moskva",
 * "Москва" and "МОСКВА" are one word for search and for duplicate detection.
 * <p>
 * The key: NFC, lower case; Tajik letters become their Russian renderings ({@code ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→дж}),
 * {@code ё→е}, soft and hard signs go; Cyrillic is transliterated letter by letter; accents are stripped; then Latin
 * spelling variants are reduced to one form ({@code shch→sh}, {@code dzh, zh, dj→j}, {@code kh, x→h}, {@code gh→g},
 * {@code q→k}, {@code w→v}, {@code ye→e}, {@code y→i}) and doubled letters collapse. Words stay apart, anything
 * that is not a letter or digit separates them.
 */
public final class LatinKey {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // Tajik letters, as Russian renders them
            Map.entry('ғ', "g"), Map.entry('ӣ', "i"), Map.entry('қ', "k"), Map.entry('ӯ', "u"), Map.entry('ҳ', "kh"),
            Map.entry('ҷ', "dzh"),
            // Ukrainian, Uzbek and Kazakh letters seen in names of bodies of the region
            Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('є', "e"), Map.entry('ў', "u"), Map.entry('ө', "o"),
            Map.entry('ү', "u"), Map.entry('ң', "n"), Map.entry('ә', "a"), Map.entry('ұ', "u"), Map.entry('һ', "h"));

    private static final String[][] LATIN_VARIANTS = { { "shch", "sh" }, { "dzh", "j" }, { "zh", "j" },
            { "dj", "j" }, { "kh", "h" }, { "x", "h" }, { "gh", "g" }, { "q", "k" }, { "w", "v" }, { "ye", "e" },
            { "y", "i" } };

    private LatinKey() {
    }





    /** The Latin key of a text (see the class description); empty when it has no letter or digit. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder transliterated = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = CYRILLIC.get(c);
            transliterated.append(latin != null ? latin : String.valueOf(c));
        }
        String ascii = MARKS.matcher(Normalizer.normalize(transliterated, Normalizer.Form.NFD)).replaceAll("");
        String[] words = NOT_WORD.split(ascii);
        StringBuilder key = new StringBuilder(ascii.length());
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(canonical(word));
        }
        return key.toString();
    }

    private static String canonical(String word) {
        String value = word;
        for (String[] variant : LATIN_VARIANTS) {
            value = value.replace(variant[0], variant[1]);
        }
        StringBuilder collapsed = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (i == 0 || value.charAt(i) != value.charAt(i - 1)) {
                collapsed.append(value.charAt(i));
            }
        }
        return collapsed.toString();
    }
}
