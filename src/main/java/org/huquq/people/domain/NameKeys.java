package org.huquq.people.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.huquq.people.Script;
import org.huquq.people.matching.NameFolding;
import org.huquq.people.matching.NameKey;
import org.springframework.stereotype.Component;

/**
 * The people module's use of the matching library: what a name is indexed as, what a query searches for, and
 * which variant of a person best matches a query.
 */
@Component
public class NameKeys {

    /**
     * One query word: its folded skeleton, its root token, and its spelling (see
     * {@link NameFolding#foldWithSpelling(String)}), which differs from the skeleton when the word has Ш, Ч, a
     * double letter or Ё typed {@code io}, and is then searched for within one typo as well; its consonant token
     * ({@code null} when too short to look for) and its {@linkplain NameFolding#alternatives alternative readings},
     * each with its root token (Zanomatzoda, read Ҷаноматзода, finds Джаноматзаде by the root {@code r_janomat}); and
     * whether the query is written in Persian letters, which leave short vowels out (its words are then looked for by
     * their consonants too).
     */
    public record WordKeys(String folded, String root, String spelling, String consonants, List<String> alternatives,
            boolean vowelless) {

        /** Whether the word has a surname or patronymic ending, its root being shorter than the word. */
        public boolean hasEnding() {
            return root.length() - NameKey.ROOT_PREFIX.length() < folded.length();
        }

        /** Whether the spelling differs from the skeleton, and so needs a fuzzy match of its own. */
        public boolean hasOwnSpelling() {
            return !spelling.equals(folded);
        }
    }

    public String clean(String typed) {
        return NameFolding.clean(typed);
    }

    /** Control characters and invisible formatting characters (zero-width spaces, soft hyphens, bidi marks). */
    public static boolean hasInvisibleCharacters(String typed) {
        return typed.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL && c != ' ')
                || Character.getType(c) == Character.FORMAT);
    }

    public boolean hasMixedScripts(String typed) {
        for (String word : NameFolding.clean(typed).split(" ")) {
            if (NameFolding.hasMixedScripts(word)) {
                return true;
            }
        }
        return false;
    }

    public Script script(String fullForm) {
        boolean cyrillic = fullForm.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        if (cyrillic) {
            return Script.CYRILLIC;
        }
        boolean latin = fullForm.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return latin ? Script.LATIN : Script.OTHER;
    }

    /** Whether two words are spellings of the same word (they fold to the same skeleton). */
    public boolean sameWord(String a, String b) {
        return NameFolding.fold(NameFolding.clean(a)).equals(NameFolding.fold(NameFolding.clean(b)));
    }

    /** The tokens of a name as written, for the search index. */
    public String indexKeys(String fullForm) {
        return NameKey.of(fullForm).text();
    }

    /** The words of a query, folded, each with its root token. */
    public List<WordKeys> queryWords(String query) {
        List<WordKeys> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean persian = NameFolding.isArabicScript(query);
        for (NameKey.WordKey word : NameKey.of(query).words()) {
            if (seen.add(word.skeleton())) {
                List<String> alternatives = new ArrayList<>();
                for (String alternative : NameFolding.alternatives(word.skeleton())) {
                    alternatives.add(alternative);
                    String root = NameKey.ROOT_PREFIX + NameFolding.root(alternative);
                    if (!root.equals(word.root())) {
                        alternatives.add(root);
                    }
                }
                words.add(new WordKeys(word.skeleton(), word.root(), word.spelling(), word.consonants(),
                        alternatives, persian));
            }
        }
        return words;
    }
}
