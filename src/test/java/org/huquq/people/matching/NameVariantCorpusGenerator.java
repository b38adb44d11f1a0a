package org.huquq.people.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds the name-variant corpus of {@link NameMatchingCorpusTests} from real given names and surname
 * roots, with a fixed seed, by the rules of issue 3: Tajik, Uzbek, Kyrgyz and Russian names written in
 * their own Cyrillic, rendered in Russian Cyrillic (Tajik letters to г, и, к, у, х, дж; -зода as -заде;
 * -иён as -иен; soft signs added), in passport Latin (ICAO 9303 for Russian documents, the national
 * tables for Tajik, Uzbek and Kyrgyz passports) and in informal Latin, in both name orders, with and
 * without patronymic, and perturbed: ё written е, Unicode look-alikes, legacy-font letters, Latin
 * look-alikes inside Cyrillic words, invisible characters, one-letter typos. After those sets come sets of
 * their own for the rules added later, so that the first sets stay as they were: Uzbek patronymics written
 * with o'g'li and qizi, Kyrgyz names with uulu and kyzy in place of a surname, Russian surnames in -ин,
 * Tajik surnames in the nisba -ӣ (with given names in -ӣ), and ё typed io; each with hard negatives of its
 * own (another father, brother and sister, another surname on the same root).
 *
 * <p>The renderings here are written from the spelling rules, independently of {@link NameFolding}, so
 * the corpus tests the folding rather than restating it. Run {@link #main(String[])} from the project
 * root to rewrite {@code src/test/resources/people/name-variants.tsv} and
 * {@code name-pairs-not-same.tsv}; {@code NameMatchingCorpusTests} fails when the committed files
 * differ from what this class generates.
 */
public final class NameVariantCorpusGenerator {

    static final Path VARIANTS = Path.of("src/test/resources/people/name-variants.tsv");
    static final Path NOT_SAME = Path.of("src/test/resources/people/name-pairs-not-same.tsv");

    private static final long SEED = 20261129L;

    public enum Origin { TAJIK, UZBEK, KYRGYZ, RUSSIAN }

    public enum FamilyForm { ZODA, OV, IYON, BARE, IN, NISBA }

    private static final Map<Origin, List<String>> MALE_NAMES = Map.of(
            Origin.TAJIK, List.of("Умед", "Илҳом", "Ҷамшед", "Фарҳод", "Рустам", "Баҳодур", "Комрон", "Шаҳриёр",
                    "Далер", "Фирдавс", "Меҳрубон", "Исмоил", "Навруз", "Суҳроб", "Ҷаҳонгир", "Шуҳрат", "Зафар",
                    "Тоҷиддин", "Ҳусейн", "Исҳоқ", "Қосим", "Ғафур", "Ӯктам", "Нуриддин", "Абдулло", "Маъруф",
                    "Хуршед", "Ёдгор", "Бахтиёр", "Саидҷон", "Аброр", "Ҷалол", "Ҷӯрабек", "Шоҳрух", "Парвиз",
                    "Ҳайдар", "Хусрав", "Фаррух", "Муҳаммад", "Эраҷ", "Сиёвуш", "Ёқуб", "Юсуф", "Қаҳҳор"),
            Origin.UZBEK, List.of("Ўткир", "Дилшод", "Шерзод", "Улуғбек", "Жасур", "Санжар", "Ғулом", "Бобур",
                    "Ҳасан", "Жахонгир", "Отабек", "Ислом", "Нодир", "Шуҳрат", "Баҳром", "Тўлқин", "Эркин", "Ёдгор",
                    "Абдулазиз", "Хуршид"),
            Origin.KYRGYZ, List.of("Бакыт", "Азамат", "Нурлан", "Айбек", "Эрлан", "Өмүрбек", "Чыңгыз", "Талант",
                    "Максат", "Үсөн", "Мирлан", "Жолдош", "Султан", "Темирлан", "Бактыбек", "Кубаныч"),
            Origin.RUSSIAN, List.of("Иван", "Сергей", "Алексей", "Дмитрий", "Андрей", "Николай", "Евгений",
                    "Юрий", "Василий", "Игорь", "Артём", "Фёдор", "Максим", "Илья", "Михаил", "Григорий"));

    private static final Map<Origin, List<String>> FEMALE_NAMES = Map.of(
            Origin.TAJIK, List.of("Ширин", "Гулнора", "Меҳрангез", "Зарина", "Нигина", "Мавҷуда", "Фарзона",
                    "Тоҷинисо", "Дилноза", "Шаҳло", "Малика", "Мунира", "Гулчеҳра", "Нилуфар", "Сурайё", "Ҳумайро",
                    "Зулфия", "Мадина", "Шоира", "Лола", "Ёсуман", "Парвина"),
            Origin.UZBEK, List.of("Нодира", "Гулноза", "Дилфуза", "Зилола", "Камола", "Ўғилой", "Шаҳноза",
                    "Феруза", "Юлдуз", "Ҳилола"),
            Origin.KYRGYZ, List.of("Айгүл", "Жылдыз", "Бегимай", "Нургүл", "Чолпон", "Айпери", "Гүлзат", "Асел"),
            Origin.RUSSIAN, List.of("Ольга", "Татьяна", "Наталья", "Юлия", "Мария", "Елена", "Дарья", "Ксения",
                    "Алёна", "Людмила"));

    /** Surname roots with the forms that exist for them in that people. */
    private static final Map<Origin, List<String>> ROOTS = Map.of(
            Origin.TAJIK, List.of("Бобо", "Карим", "Раҳмон", "Назар", "Ашур", "Мирзо", "Шариф", "Ҳасан", "Ҷӯра",
                    "Қодир", "Раҷаб", "Сафар", "Давлат", "Нурулло", "Файзулло", "Олим", "Салим", "Ҳамро", "Турсун",
                    "Исмоил", "Тоҷ", "Ғаффор", "Саид", "Ёр", "Шукур", "Ҳаким", "Юнус", "Абдулло", "Набӣ", "Ҳусейн",
                    "Қурбон", "Ҷалол", "Зариф", "Маҳмуд", "Одина", "Султон", "Шоҳ", "Холиқ", "Ҳотам", "Ӯроз"),
            Origin.UZBEK, List.of("Тошмат", "Юсуп", "Абдулла", "Усмон", "Нурмат", "Эргаш", "Холмат", "Раҳим",
                    "Мирза", "Қодир", "Хўжа", "Исмоил", "Султон", "Ғафур", "Жўра"),
            Origin.KYRGYZ, List.of("Асан", "Үсөнбай", "Токтогул", "Сыдык", "Жумабай", "Мамыт", "Осмон", "Бекмурат",
                    "Абдыкадыр", "Сатыбалды", "Өмүрзак", "Жээнбек"),
            Origin.RUSSIAN, List.of("Иван", "Петр", "Смирн", "Кузнец", "Васильев", "Соловьёв", "Воробьёв", "Зайц",
                    "Ковалёв", "Жук", "Черн", "Щеглов", "Медвед", "Волк", "Лебед", "Ершов"));

    /** Roots of Russian surnames in -ин, -ина (-ын after ц): Ильин, Фомина, Синицын, Ерёмин. */
    private static final List<String> IN_ROOTS = List.of("Иль", "Фом", "Никит", "Сорок", "Кузьм", "Бород", "Голуб",
            "Синиц", "Карп", "Лапш", "Птиц", "Галк", "Ерём", "Шишк", "Чуд");

    /** Roots of Tajik surnames in the nisba -ӣ: Ҳисорӣ, Бухорӣ, Раҳмонӣ. */
    private static final List<String> NISBA_ROOTS = List.of("Ҳисор", "Бухор", "Шероз", "Раҳмон", "Қурбон", "Самарқанд",
            "Балх", "Ҳамадон", "Хуҷанд", "Шуғнон", "Мурод", "Ҷалол");

    /** Tajik given names ending in -ӣ. */
    private static final List<String> NISBA_GIVEN_NAMES = List.of("Алӣ", "Валӣ", "Ғанӣ", "Эмомалӣ", "Саъдӣ");

    /** Given names with ё, Russian and Tajik, for the sets where ё is typed io. */
    private static final Map<Origin, List<String>> YO_NAMES = Map.of(
            Origin.RUSSIAN, List.of("Фёдор", "Артём", "Пётр", "Семён", "Алёна"),
            Origin.TAJIK, List.of("Ёдгор", "Шаҳриёр", "Бахтиёр", "Сурайё", "Ёсуман"));

    /** Russian surnames with ё. */
    private static final List<String> YO_SURNAMES = List.of("Соловьёв", "Воробьёв", "Ковалёв", "Королёв", "Пискарёв");

    /** Male and female given names one -а apart, which must stay two names: Валентин / Валентина. */
    private static final List<List<String>> GIVEN_NAME_PAIRS = List.of(List.of("Валентин", "Валентина"),
            List.of("Евгений", "Евгения"), List.of("Александр", "Александра"));

    private final Random random;
    private final List<Row> variants = new ArrayList<>();
    private final List<NotSame> notSame = new ArrayList<>();

    /** One variant of a set: how one source wrote the person's name. */
    public record Row(String setId, String fullForm, String script, String language, String note) {
    }

    /** A pair of names that must not be taken for one person automatically. */
    record NotSame(String a, String b, MatchLevel atMost, String note) {
    }

    /** A person of the corpus, with names in their own Cyrillic. */
    public record Person(Origin origin, boolean female, String family, String given, String patronymic,
            String root, FamilyForm form) {
    }

    NameVariantCorpusGenerator() {
        this(SEED);
    }

    /**
     * The same rules with another seed, for other test data built from them (the people benchmark's
     * {@code org.huquq.bench.PersonGenerator}); {@link #generate()} is only meaningful with the corpus seed.
     */
    public NameVariantCorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Given names of a people, for one sex. */
    public static List<String> givenNames(Origin origin, boolean female) {
        return female ? FEMALE_NAMES.get(origin) : MALE_NAMES.get(origin);
    }

    /** Surname roots of a people. */
    public static List<String> roots(Origin origin) {
        return ROOTS.get(origin);
    }

    /**
     * A person in their own Cyrillic, with a family name built from {@code root} by the rules of their people
     * (the form drawn at random), and a patronymic from {@code father} when not null.
     */
    public Person person(Origin origin, boolean female, String given, String root, String father) {
        FamilyForm form = familyForm(origin, root);
        String patronymic = father != null && !father.endsWith("я") ? patronymic(father, female) : null;
        return new Person(origin, female, family(root, form, female), given, patronymic, root, form);
    }

    /**
     * How sources write this person: their own Cyrillic in both orders, the Russian rendering, passport and
     * informal Latin, and one or two perturbations (typos, look-alikes, legacy fonts, invisible characters), each
     * drawn anew on every call. A person with an empty given name ("") and no patronymic gives the variants of
     * the family name alone.
     */
    public List<Row> variantsOf(Person person) {
        int start = variants.size();
        addVariants("", person, new HashSet<>());
        List<Row> rows = new ArrayList<>(variants.subList(start, variants.size()));
        variants.subList(start, variants.size()).clear();
        return rows;
    }

    /** Writes both corpus files under the working directory, which must be the project root. */
    public static void main(String[] args) throws IOException {
        NameVariantCorpusGenerator generator = new NameVariantCorpusGenerator().generate();
        Files.writeString(VARIANTS, generator.variantsTsv(), StandardCharsets.UTF_8);
        Files.writeString(NOT_SAME, generator.notSameTsv(), StandardCharsets.UTF_8);
    }

    NameVariantCorpusGenerator generate() {
        Set<String> used = new HashSet<>();
        Map<Origin, Integer> sets = new LinkedHashMap<>();
        sets.put(Origin.TAJIK, 170);
        sets.put(Origin.UZBEK, 60);
        sets.put(Origin.KYRGYZ, 50);
        sets.put(Origin.RUSSIAN, 60);
        int number = 0;
        for (Map.Entry<Origin, Integer> entry : sets.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                Person person = newPerson(entry.getKey(), used);
                number++;
                String setId = String.format(Locale.ROOT, "%s-%03d", entry.getKey().name().toLowerCase(Locale.ROOT), number);
                addVariants(setId, person, new HashSet<>());
                if (number % 4 == 0) {
                    addNotSame(person);
                }
            }
        }
        // kinds added after the first corpus, in sets of their own so that the sets above stay as they were
        number = uzbekPatronymicWords(used, number, 24);
        number = kyrgyzNamesWithoutSurname(used, number, 16);
        number = russianSurnamesInIn(used, number, 20);
        number = tajikNisbaSurnames(used, number, 20);
        yoTypedAsIo(used, number, 16);
        return this;
    }

    /**
     * Uzbeks whose patronymic is written with the word for son or daughter of, as Uzbek passports do (KARIMOV AKMAL
     * RUSTAM O'G'LI), beside the Russian patronymic of Russian records (Каримов Акмал Рустамович).
     */
    private int uzbekPatronymicWords(Set<String> used, int number, int count) {
        for (int i = 0; i < count; ) {
            boolean female = random.nextInt(3) == 0;
            String given = pick(givenNames(Origin.UZBEK, female));
            String root = pick(ROOTS.get(Origin.UZBEK));
            if (!used.add(root + "|" + given)) {
                continue;
            }
            i++;
            number++;
            String father = pick(MALE_NAMES.get(Origin.UZBEK));
            Person p = new Person(Origin.UZBEK, female, family(root, FamilyForm.OV, female), given, patronymic(father, female),
                    root, FamilyForm.OV);
            Person russian = russianRendering(p);
            String setId = setId(Origin.UZBEK, number);
            Set<String> seen = new HashSet<>();
            String word = female ? "қизи" : "ўғли";
            add(setId, join(p.family, p.given, father, word), "uzbek-cyrillic", "uz", "patronymic word, as written", seen);
            add(setId, join(russian.family, russian.given, russianLetters(father), female ? "кизи" : "угли"),
                    "russian-cyrillic", "ru", "patronymic word in Russian letters", seen);
            add(setId, join(russian.family, russian.given, russian.patronymic), "russian-cyrillic", "ru",
                    "Russian rendering", seen);
            add(setId, join(passportLatin(p, p.family), passportLatin(p, p.given), passportLatin(p, father),
                    passportLatin(p, word)).toUpperCase(Locale.ROOT), "latin", "passport",
                    "national passport, patronymic word", seen);
            add(setId, join(icao(russian.family), icao(russian.given), icao(russian.patronymic)), "latin", "passport",
                    "ICAO 9303 of the Russian rendering, with patronymic", seen);
            add(setId, join(informal(p.given), informal(father), pick(female ? List.of("qizi", "kizi")
                    : List.of("ogli", "ugli", "o'g'li")), informal(p.family)), "latin", "informal",
                    "informal Latin, given first, patronymic word", seen);
            add(setId, join(typo(p.family), p.given, father, word), "uzbek-cyrillic", "uz",
                    "typo in the family name, patronymic word", seen);
            String otherFather = otherName(MALE_NAMES.get(Origin.UZBEK), father);
            notSame.add(new NotSame(join(p.family, p.given, father, word), join(p.family, p.given, otherFather, word),
                    MatchLevel.POSSIBLE, "another father, patronymic words"));
            notSame.add(new NotSame(join(passportLatin(p, p.family), passportLatin(p, p.given), passportLatin(p, father),
                    passportLatin(p, word)), join(russian.family, russian.given, russianLetters(patronymic(otherFather, female))),
                    MatchLevel.POSSIBLE, "another father, patronymic word against a Russian patronymic"));
            notSame.add(new NotSame(join(p.family, p.given, father, word),
                    join(p.family, otherName(givenNames(Origin.UZBEK, female), p.given), father, word),
                    MatchLevel.DIFFERENT, "same family and father, another given name"));
        }
        return number;
    }

    /**
     * Kyrgyz names in the form that replaces surname and patronymic: the father's name with уулу (son) or кызы
     * (daughter) where a surname would stand (Бакыт уулу Азамат, BAKYT UULU AZAMAT).
     */
    private int kyrgyzNamesWithoutSurname(Set<String> used, int number, int count) {
        for (int i = 0; i < count; ) {
            boolean female = random.nextInt(3) == 0;
            String given = pick(givenNames(Origin.KYRGYZ, female));
            String father = pick(MALE_NAMES.get(Origin.KYRGYZ));
            if (!used.add(father + "|" + given)) {
                continue;
            }
            i++;
            number++;
            String word = female ? "кызы" : "уулу";
            Person p = new Person(Origin.KYRGYZ, female, join(father, word), given, null, father, FamilyForm.BARE);
            String setId = setId(Origin.KYRGYZ, number);
            Set<String> seen = new HashSet<>();
            String full = join(father, word, given);
            add(setId, full, "kyrgyz-cyrillic", "ky", "father's name and patronymic word for a surname", seen);
            add(setId, join(given, father, word), "kyrgyz-cyrillic", "ky", "given name first", seen);
            add(setId, join(russianLetters(father), word, russianLetters(given)), "russian-cyrillic", "ru",
                    "Russian rendering", seen);
            add(setId, join(passportLatin(p, father), passportLatin(p, word), passportLatin(p, given)).toUpperCase(Locale.ROOT),
                    "latin", "passport", "national passport", seen);
            add(setId, join(informal(given), informal(father), informal(word)), "latin", "informal",
                    "informal Latin, given first", seen);
            add(setId, random.nextBoolean() ? invisible(full) : latinLookAlike(full), "kyrgyz-cyrillic", "ky",
                    "invisible character or Latin look-alike", seen);
            notSame.add(new NotSame(full, join(otherName(MALE_NAMES.get(Origin.KYRGYZ), father), word, given),
                    MatchLevel.POSSIBLE, "another father, patronymic words"));
            notSame.add(new NotSame(full, join(father, word, otherName(givenNames(Origin.KYRGYZ, female), given)),
                    MatchLevel.DIFFERENT, "same father, another given name"));
        }
        return number;
    }

    /** Russians with surnames in -ин, -ина: one ending class like -ов, -ова. */
    private int russianSurnamesInIn(Set<String> used, int number, int count) {
        for (int i = 0; i < count; ) {
            boolean female = random.nextInt(3) == 0;
            String given = pick(givenNames(Origin.RUSSIAN, female));
            String root = pick(IN_ROOTS);
            if (!used.add(root + "|" + given)) {
                continue;
            }
            i++;
            number++;
            String father = pick(MALE_NAMES.get(Origin.RUSSIAN));
            String patronymic = father.endsWith("я") ? null : patronymic(father, female);
            Person p = new Person(Origin.RUSSIAN, female, family(root, FamilyForm.IN, female), given, patronymic, root,
                    FamilyForm.IN);
            String setId = setId(Origin.RUSSIAN, number);
            Set<String> seen = new HashSet<>();
            addVariants(setId, p, seen);
            if (p.family.contains("ь")) {
                // Il'in and Ilyin: the soft sign typed as an apostrophe, or as y before a vowel
                add(setId, join(informal(p.given), informal(p.family.replace("ь", "'"))), "latin", "informal",
                        "informal Latin, soft sign as an apostrophe", seen);
                if (p.family.matches(".*ь[аеиоу].*")) {
                    add(setId, join(informal(p.given), informal(p.family.replace("ь", "ы"))), "latin", "informal",
                            "informal Latin, soft sign as y", seen);
                }
            }
            String sister = pick(FEMALE_NAMES.get(Origin.RUSSIAN));
            if (!female) {
                notSame.add(new NotSame(join(p.family, p.given), join(family(root, FamilyForm.IN, true), sister),
                        MatchLevel.DIFFERENT, "sex-marked family name, a sister's given name"));
            }
            notSame.add(new NotSame(join(p.family, p.given), join(family(root, FamilyForm.OV, female), p.given),
                    MatchLevel.POSSIBLE, "same root, another ending"));
            notSame.add(new NotSame(join(p.family, p.given), join(root + "енко", p.given), MatchLevel.DIFFERENT,
                    "another surname on the same root"));
        }
        notSame.add(new NotSame("Ильин Иван", "Ильясов Иван", MatchLevel.DIFFERENT, "another surname on the same first letters"));
        notSame.add(new NotSame("Ilyina Olga", "Ильясова Ольга", MatchLevel.DIFFERENT,
                "another surname on the same first letters, across scripts"));
        for (List<String> pair : GIVEN_NAME_PAIRS) {
            String root = pick(IN_ROOTS);
            notSame.add(new NotSame(join(family(root, FamilyForm.IN, false), pair.get(0)),
                    join(family(root, FamilyForm.IN, true), pair.get(1)), MatchLevel.DIFFERENT,
                    "brother and sister: the family name agrees, the given names are a man's and a woman's"));
        }
        return number;
    }

    /** Tajiks with surnames in the nisba -ӣ (Ҳисорӣ: Хисори, Хисорий, Hisori, Khisori), some with given names in -ӣ. */
    private int tajikNisbaSurnames(Set<String> used, int number, int count) {
        for (int i = 0; i < count; ) {
            boolean female = random.nextInt(3) == 0;
            String given = !female && random.nextBoolean() ? pick(NISBA_GIVEN_NAMES)
                    : pick(givenNames(Origin.TAJIK, female));
            String root = pick(NISBA_ROOTS);
            if (!used.add(root + "|" + given)) {
                continue;
            }
            i++;
            number++;
            String father = random.nextInt(10) < 7 ? pick(MALE_NAMES.get(Origin.TAJIK)) : null;
            Person p = new Person(Origin.TAJIK, female, family(root, FamilyForm.NISBA, female), given,
                    father == null ? null : patronymic(father, female), root, FamilyForm.NISBA);
            String setId = setId(Origin.TAJIK, number);
            Set<String> seen = new HashSet<>();
            addVariants(setId, p, seen);
            add(setId, join(russianLetters(p.family) + "й", russianLetters(p.given)), "russian-cyrillic", "ru",
                    "nisba written -ий", seen);
            addNotSame(p);
            notSame.add(new NotSame(join(p.family, p.given), join(root, p.given), MatchLevel.POSSIBLE,
                    "surname changed: ending dropped"));
            notSame.add(new NotSame(join(p.family, p.given), join(family(root, FamilyForm.OV, female), p.given),
                    MatchLevel.POSSIBLE, "same root, another ending"));
        }
        return number;
    }

    /** Russian and Tajik names with ё, and informal Latin that types it io: Fiodor, Artiom, Ashuriion. */
    private int yoTypedAsIo(Set<String> used, int number, int count) {
        for (int i = 0; i < count; ) {
            Origin origin = i % 2 == 0 ? Origin.RUSSIAN : Origin.TAJIK;
            String given = pick(YO_NAMES.get(origin));
            boolean female = given.endsWith("а") || given.equals("Сурайё") || given.equals("Ёсуман");
            String root = origin == Origin.RUSSIAN ? pick(YO_SURNAMES) : pick(ROOTS.get(Origin.TAJIK));
            if (!used.add(root + "|" + given)) {
                continue;
            }
            i++;
            number++;
            FamilyForm form = origin == Origin.RUSSIAN ? FamilyForm.OV : FamilyForm.IYON;
            String father = origin == Origin.RUSSIAN || random.nextBoolean() ? pick(MALE_NAMES.get(origin)) : null;
            String patronymic = father == null || father.endsWith("я") ? null : patronymic(father, female);
            Person p = new Person(origin, female, family(root, form, female), given, patronymic, root, form);
            String setId = setId(origin, number);
            Set<String> seen = new HashSet<>();
            addVariants(setId, p, seen);
            add(setId, join(informal(p.given, "io"), informal(p.family, "io")), "latin", "informal",
                    "informal Latin, ё typed io, given first", seen);
            add(setId, join(informal(p.family, "io"), informal(p.given, "yo")), "latin", "informal",
                    "informal Latin, ё typed io and yo", seen);
            String other = otherName(YO_NAMES.get(origin).stream().filter(name -> isFemale(name) == female).toList(), given);
            if (!other.equals(given)) {
                notSame.add(new NotSame(join(p.family, p.given), join(informal(p.family, "io"), informal(other, "io")),
                        MatchLevel.DIFFERENT, "same family name, another given name, ё typed io"));
            }
        }
        return number;
    }

    private static boolean isFemale(String yoName) {
        return yoName.endsWith("а") || yoName.equals("Сурайё") || yoName.equals("Ёсуман");
    }

    /** Another name from the list, at least three edits from the given one when there is such a name. */
    private String otherName(List<String> names, String name) {
        List<String> far = names.stream().filter(other -> NameSimilarity.damerauLevenshtein(
                other.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) >= 3).toList();
        return far.isEmpty() ? name : pick(far);
    }

    private static String setId(Origin origin, int number) {
        return String.format(Locale.ROOT, "%s-%03d", origin.name().toLowerCase(Locale.ROOT), number);
    }

    String variantsTsv() {
        StringBuilder tsv = new StringBuilder("set_id\tvariant\tscript\tlanguage\tnote\n");
        for (Row row : variants) {
            tsv.append(String.join("\t", row.setId, row.fullForm, row.script, row.language, row.note)).append('\n');
        }
        return tsv.toString();
    }

    String notSameTsv() {
        StringBuilder tsv = new StringBuilder("name_a\tname_b\tat_most\tnote\n");
        for (NotSame pair : notSame) {
            tsv.append(String.join("\t", pair.a, pair.b, pair.atMost.name(), pair.note)).append('\n');
        }
        return tsv.toString();
    }

    private Person newPerson(Origin origin, Set<String> used) {
        while (true) {
            boolean female = random.nextInt(3) == 0;
            String given = pick(female ? FEMALE_NAMES.get(origin) : MALE_NAMES.get(origin));
            String root = pick(ROOTS.get(origin));
            FamilyForm form = familyForm(origin, root);
            // one person per root and given name: two sets may not hold the same name
            if (!used.add(root + "|" + given)) {
                continue;
            }
            String father = pick(MALE_NAMES.get(origin));
            boolean hasPatronymic = origin == Origin.RUSSIAN || random.nextInt(10) < 7;
            // Илья makes Ильич, an irregular patronymic the corpus leaves out
            String patronymic = hasPatronymic && !father.endsWith("я") ? patronymic(father, female) : null;
            return new Person(origin, female, family(root, form, female), given, patronymic, root, form);
        }
    }

    private FamilyForm familyForm(Origin origin, String root) {
        if (origin != Origin.TAJIK) {
            return FamilyForm.OV;
        }
        int roll = random.nextInt(10);
        if (roll < 4) {
            return FamilyForm.ZODA;
        }
        if (roll < 8) {
            return FamilyForm.OV;
        }
        return endsWithVowel(root) || roll == 8 ? FamilyForm.BARE : FamilyForm.IYON;
    }

    static String family(String root, FamilyForm form, boolean female) {
        return switch (form) {
            case ZODA -> root + "зода";
            case IYON -> root + "иён";
            case BARE -> root;
            case IN -> root + (root.endsWith("ц") ? "ын" : "ин") + (female ? "а" : "");
            case NISBA -> root + "ӣ";
            case OV -> {
                String stem = root.endsWith("ӣ") ? root.substring(0, root.length() - 1) + "и" : root;
                String ending = endsWithVowel(stem) || stem.endsWith("й") ? "ев" : "ов";
                if (stem.endsWith("й")) {
                    stem = stem.substring(0, stem.length() - 1);
                }
                if (root.endsWith("ев") || root.endsWith("ёв") || root.endsWith("ов")) {
                    ending = "";
                }
                yield stem + ending + (female ? "а" : "");
            }
        };
    }

    private static String patronymic(String father, boolean female) {
        String stem = father;
        String ending = "ович";
        if (stem.endsWith("ий") && !stem.equals("Дмитрий")) {
            stem = stem.substring(0, stem.length() - 2);
            ending = "ьевич";
        } else if (stem.endsWith("й") || stem.endsWith("ь")) {
            stem = stem.substring(0, stem.length() - 1);
            ending = "евич";
        } else if (stem.endsWith("ӣ") || stem.endsWith("и") || stem.endsWith("о") || stem.endsWith("а")) {
            stem = stem.endsWith("а") ? stem.substring(0, stem.length() - 1) : stem;
            ending = "евич";
        }
        if (female) {
            ending = ending.replace("ич", "на");
        }
        return stem + ending;
    }

    private void addVariants(String setId, Person p, Set<String> seen) {
        String language = switch (p.origin) {
            case TAJIK -> "tg";
            case UZBEK -> "uz";
            case KYRGYZ -> "ky";
            case RUSSIAN -> "ru";
        };
        String nativeScript = switch (p.origin) {
            case TAJIK -> "tajik-cyrillic";
            case UZBEK -> "uzbek-cyrillic";
            case KYRGYZ -> "kyrgyz-cyrillic";
            case RUSSIAN -> "russian-cyrillic";
        };
        String nativeFull = join(p.family, p.given, p.patronymic);
        add(setId, nativeFull, nativeScript, language, "as written, family first", seen);
        add(setId, join(p.given, p.patronymic, p.family), nativeScript, language, "given name first", seen);

        Person russian = russianRendering(p);
        add(setId, join(russian.family, russian.given, russian.patronymic), "russian-cyrillic", "ru",
                "Russian rendering", seen);
        if (russian.patronymic != null) {
            add(setId, join(russian.family, russian.given), "russian-cyrillic", "ru",
                    "Russian rendering, no patronymic", seen);
        }
        add(setId, join(passportLatin(p, p.family), passportLatin(p, p.given)).toUpperCase(Locale.ROOT),
                "latin", "passport", p.origin == Origin.RUSSIAN ? "ICAO 9303 passport" : "national passport", seen);
        add(setId, join(icao(russian.family), icao(russian.given)).toUpperCase(Locale.ROOT), "latin", "passport",
                "ICAO 9303 of the Russian rendering", seen);
        add(setId, join(informal(p.given), informal(p.family)), "latin", "informal", "informal Latin, given first", seen);

        int perturbations = 1 + random.nextInt(2);
        for (int i = 0; i < perturbations; i++) {
            perturb(setId, p, nativeScript, language, seen);
        }
    }

    private void perturb(String setId, Person p, String script, String language, Set<String> seen) {
        String full = join(p.family, p.given, p.patronymic);
        switch (random.nextInt(7)) {
            case 0 -> add(setId, full.replace('ё', 'е').replace('Ё', 'Е'), script, language, "ё written е", seen);
            case 1 -> add(setId, unicodeLookAlikes(full), script, language, "Unicode look-alikes of Tajik letters", seen);
            case 2 -> add(setId, legacyFont(full), script, language, "legacy 8-bit Tajik font", seen);
            case 3 -> add(setId, latinLookAlike(full), script, language, "a Latin look-alike inside a Cyrillic word", seen);
            case 4 -> add(setId, invisible(full), script, language, "invisible character typed", seen);
            case 5 -> add(setId, join(typo(p.family), p.given, p.patronymic), script, language, "typo in the family name", seen);
            default -> add(setId, join(informal(p.family), typo(informal(p.given))), "latin", "informal",
                    "informal Latin with a typo in the given name", seen);
        }
    }

    private void add(String setId, String fullForm, String script, String language, String note, Set<String> seen) {
        if (seen.add(fullForm)) {
            variants.add(new Row(setId, fullForm, script, language, note));
        }
    }

    private void addNotSame(Person p) {
        String full = join(p.family, p.given, p.patronymic);
        Person russian = russianRendering(p);
        String given = p.given;
        List<String> sameSex = p.female ? FEMALE_NAMES.get(p.origin) : MALE_NAMES.get(p.origin);
        String otherGiven = given;
        while (otherGiven.equals(given)
                || NameSimilarity.damerauLevenshtein(otherGiven.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT)) < 3) {
            otherGiven = pick(sameSex);
        }
        notSame.add(new NotSame(full, join(p.family, otherGiven, p.patronymic), MatchLevel.DIFFERENT,
                "same family name, another given name"));
        notSame.add(new NotSame(join(russian.family, russian.given), join(informal(p.family), informal(otherGiven)),
                MatchLevel.DIFFERENT, "same family name, another given name, across scripts"));
        if (p.origin == Origin.TAJIK) {
            FamilyForm other = p.form == FamilyForm.ZODA ? FamilyForm.OV : FamilyForm.ZODA;
            notSame.add(new NotSame(full, join(family(p.root, other, p.female), p.given, p.patronymic), MatchLevel.POSSIBLE,
                    "same root, another ending"));
            notSame.add(new NotSame(join(p.given, p.family), join(informal(family(p.root, other, p.female)), informal(p.given)),
                    MatchLevel.POSSIBLE, "same root, another ending, across scripts"));
            if (p.form == FamilyForm.OV) {
                notSame.add(new NotSame(full, join(p.root, p.given, p.patronymic), MatchLevel.POSSIBLE,
                        "surname changed: ending dropped"));
            }
        }
        if (p.patronymic != null) {
            String otherFather = pick(MALE_NAMES.get(p.origin));
            String otherPatronymic = otherFather.endsWith("я") ? null : patronymic(otherFather, p.female);
            if (otherPatronymic != null
                    && NameSimilarity.damerauLevenshtein(otherPatronymic, p.patronymic) >= 3) {
                notSame.add(new NotSame(full, join(p.family, p.given, otherPatronymic), MatchLevel.POSSIBLE,
                        "another patronymic"));
            }
        }
        if (!p.female && p.form == FamilyForm.OV) {
            String sister = pick(FEMALE_NAMES.get(p.origin));
            notSame.add(new NotSame(join(p.family, p.given), join(family(p.root, p.form, true), sister),
                    MatchLevel.DIFFERENT, "sex-marked family name, a sister's given name"));
        }
    }

    /** The person as a Russian record writes them: Tajik letters to Russian ones, old renderings. */
    Person russianRendering(Person p) {
        if (p.origin == Origin.RUSSIAN) {
            return p;
        }
        String family = russianLetters(p.family);
        if (p.form == FamilyForm.ZODA && random.nextInt(10) < 4) {
            family = family.replace("зода", "заде");
        }
        if (p.form == FamilyForm.IYON && random.nextBoolean()) {
            family = family.replace("иён", "иен");
        }
        if (family.startsWith("Тодж")) {
            family = "Тадж" + family.substring(4);
        }
        String given = russianLetters(p.given);
        if (given.startsWith("Тодж")) {
            given = "Тадж" + given.substring(4);
        }
        if (random.nextBoolean()) {
            given = given.replace("лх", "льх");
        }
        String patronymic = p.patronymic == null ? null : russianLetters(p.patronymic);
        return new Person(p.origin, p.female, family, given, patronymic, p.root, p.form);
    }

    static String russianLetters(String word) {
        if (word == null || !isCyrillic(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            out.append(switch (c) {
                case 'ғ' -> "г";
                case 'Ғ' -> "Г";
                case 'ӣ' -> "и";
                case 'қ' -> "к";
                case 'Қ' -> "К";
                case 'ӯ', 'ў', 'ү' -> "у";
                case 'Ӯ', 'Ў', 'Ү' -> "У";
                case 'ҳ' -> "х";
                case 'Ҳ' -> "Х";
                case 'ҷ' -> "дж";
                case 'Ҷ' -> "Дж";
                case 'ө' -> "о";
                case 'Ө' -> "О";
                case 'ң' -> "н";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /** ICAO 9303 transliteration of Russian Cyrillic, as in Russian passports since 2013. */
    static String icao(String word) {
        if (word == null || !isCyrillic(word)) {
            return word;
        }
        return transliterate(word, Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"),
                Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
                Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"),
                Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
                Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
                Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"),
                Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia")));
    }

    /** The Latin of a national passport: Tajik, Uzbek (2019 alphabet) and Kyrgyz tables, ICAO for Russians. */
    static String passportLatin(Person p, String word) {
        if (word == null || !isCyrillic(word)) {
            return word;
        }
        if (p.origin == Origin.RUSSIAN) {
            return icao(word);
        }
        Map<Character, String> table = new LinkedHashMap<>(Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
                Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
                Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
                Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
                Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
                Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('ъ', ""),
                Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
                Map.entry('ғ', "gh"), Map.entry('ӣ', "i"), Map.entry('қ', "q"), Map.entry('ӯ', "u"), Map.entry('ҳ', "h"),
                Map.entry('ҷ', "j"), Map.entry('ў', "u"), Map.entry('ө', "o"), Map.entry('ү', "u"), Map.entry('ң', "n")));
        if (p.origin == Origin.UZBEK) {
            table.put('х', "x");
            table.put('ж', "j");
            table.put('ў', "oʻ");
            table.put('ғ', "gʻ");
        }
        if (p.origin == Origin.KYRGYZ) {
            table.put('ж', "j");
        }
        return transliterate(word, table);
    }

    /** What people type without a table: h or x for х, j or dj for ҷ, ia or ya, ye at the start. */
    String informal(String word) {
        return informal(word, null);
    }

    /** {@link #informal(String)}, with ё always typed {@code yo} (yo, io or e) when not null. */
    private String informal(String word, String yo) {
        if (word == null || !isCyrillic(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(switch (c) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г', 'ғ' -> pick(List.of("g", "gh", "g'"));
                case 'д' -> "d";
                case 'е' -> i == 0 ? pick(List.of("e", "ye")) : "e";
                case 'ё' -> yo != null ? yo : pick(List.of("yo", "io", "e"));
                case 'ж' -> pick(List.of("zh", "j"));
                case 'з' -> "z";
                case 'и', 'ӣ' -> "i";
                case 'й' -> pick(List.of("y", "i", "j"));
                case 'к' -> "k";
                case 'қ' -> pick(List.of("q", "k"));
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н', 'ң' -> "n";
                case 'о', 'ө' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у', 'ӯ', 'ў', 'ү' -> "u";
                case 'ф' -> "f";
                case 'х', 'ҳ' -> pick(List.of("kh", "h", "x"));
                case 'ц' -> pick(List.of("ts", "c"));
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ҷ' -> pick(List.of("j", "dj", "dzh"));
                case 'ъ' -> pick(List.of("'", ""));
                case 'ы' -> "y";
                case 'ь' -> "";
                case 'э' -> "e";
                case 'ю' -> pick(List.of("yu", "iu"));
                case 'я' -> pick(List.of("ya", "ia"));
                default -> String.valueOf(c);
            });
        }
        String latin = out.toString();
        if (latin.endsWith("zoda") && random.nextInt(4) == 0) {
            latin = latin.substring(0, latin.length() - 4) + "zade";
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    private static String unicodeLookAlikes(String full) {
        return full.replace('Ҳ', 'Һ').replace('ҳ', 'һ').replace('Ҷ', 'Ҹ').replace('ҷ', 'ҹ').replace('Қ', 'Ҡ')
                .replace('қ', 'ҡ').replace('Ғ', 'Ґ').replace('ғ', 'ґ').replace('Ӯ', 'Ў').replace('ӯ', 'ў');
    }

    private static String legacyFont(String full) {
        return full.replace('Ҷ', 'Љ').replace('ҷ', 'љ').replace('Ҳ', 'Њ').replace('ҳ', 'њ').replace('Қ', 'Ќ')
                .replace('қ', 'ќ').replace('Ӣ', 'Ї').replace('ӣ', 'ї').replace('Ӯ', 'Ў').replace('ӯ', 'ў')
                .replace('Ғ', 'Ѓ').replace('ғ', 'ѓ');
    }

    private String latinLookAlike(String full) {
        String cyrillic = "оаесрх";
        String latin = "oaecpx";
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < full.length(); i++) {
            if (cyrillic.indexOf(full.charAt(i)) >= 0) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return full;
        }
        int at = places.get(random.nextInt(places.size()));
        return full.substring(0, at) + latin.charAt(cyrillic.indexOf(full.charAt(at))) + full.substring(at + 1);
    }

    private String invisible(String full) {
        String mark = pick(List.of("\u200B", "\u00AD", "\u200D", "\u200E", "\uFEFF"));
        int at = 1 + random.nextInt(full.length() - 1);
        return full.substring(0, at) + mark + full.substring(at) + (random.nextBoolean() ? "  " : "");
    }

    /** One edit inside a word of six letters or more: a letter lost, doubled, swapped or replaced. */
    String typo(String word) {
        if (word == null || word.length() < 6) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        char c = word.charAt(at);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + c + word.substring(at);
            case 2 -> word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2);
            default -> word.substring(0, at) + neighbour(c) + word.substring(at + 1);
        };
    }

    static char neighbour(char c) {
        String cyrillic = "йцукенгшщзхфывапролджэячсмитбю";
        String latin = "qwertyuiopasdfghjklzxcvbnm";
        String row = cyrillic.indexOf(c) >= 0 ? cyrillic : latin;
        int i = row.indexOf(c);
        return i < 0 ? c : row.charAt(i + 1 < row.length() ? i + 1 : i - 1);
    }

    private static String transliterate(String word, Map<Character, String> table) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String latin = table.getOrDefault(lower, String.valueOf(lower));
            out.append(Character.isUpperCase(c) && !latin.isEmpty()
                    ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
        }
        return out.toString();
    }

    static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(" ", present);
    }

    private static boolean isCyrillic(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean endsWithVowel(String word) {
        return "аеёиоуыэюяӣӯ".indexOf(Character.toLowerCase(word.charAt(word.length() - 1))) >= 0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
