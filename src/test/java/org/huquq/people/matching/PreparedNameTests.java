package org.huquq.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Names read once ({@link NameSimilarity#prepare}, {@link NameSimilarity.Reader}) compare exactly as the names they
 * were read from, over the whole variant corpus: same sets, other sets, full forms and names given by parts.
 */
class PreparedNameTests {

    @Test
    void preparedNamesCompareExactlyAsRawNames() throws IOException {
        List<PersonName> names = new ArrayList<>();
        for (String line : Files.readAllLines(NameVariantCorpusGenerator.VARIANTS, StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(NameVariantCorpusGenerator.VARIANTS, StandardCharsets.UTF_8).size())) {
            String fullForm = line.split("\t")[1];
            names.add(PersonName.ofFullForm(fullForm));
            String[] words = fullForm.split(" ");
            if (words.length >= 2) {
                names.add(new PersonName(words[0], words[1], words.length > 2 ? words[2] : null, fullForm));
            }
        }
        names.add(PersonName.ofFullForm("—"));
        names.add(new PersonName(null, "Умед", null, "Умед"));
        names.add(new PersonName("Бобозода", " ", null, "Бобозода"));

        NameSimilarity.Reader reader = new NameSimilarity.Reader();
        List<NameSimilarity.Prepared> prepared = names.stream().map(NameSimilarity::prepare).toList();
        List<NameSimilarity.Prepared> cached = names.stream().map(reader::prepare).toList();
        Random random = new Random(7);
        int compared = 0;
        for (int i = 0; i < names.size(); i++) {
            // the neighbours (mostly the same set) and a few drawn at random (other sets)
            List<Integer> others = new ArrayList<>();
            for (int j = i; j < Math.min(names.size(), i + 12); j++) {
                others.add(j);
            }
            for (int k = 0; k < 4; k++) {
                others.add(random.nextInt(names.size()));
            }
            for (int j : others) {
                NameMatch expected = NameSimilarity.compare(names.get(i), names.get(j));
                assertThat(NameSimilarity.compare(prepared.get(i), prepared.get(j))).isEqualTo(expected);
                assertThat(NameSimilarity.compare(cached.get(i), cached.get(j))).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50_000);
    }

    @Test
    void readerWordsAreTheSkeletonsOfTheNameKey() {
        NameSimilarity.Reader reader = new NameSimilarity.Reader();
        for (String name : List.of("Бобозода Умед", "Bobozoda  Umed Umed", "Ҷӯраев Ғафур Қодирович", "‎Илҳом 12 Ёрова")) {
            assertThat(reader.words(name).stream().map(NameSimilarity.Word::skeleton).distinct().toList())
                    .isEqualTo(NameKey.of(name).skeletons());
        }
    }
}
