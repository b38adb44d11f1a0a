package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.DemoCounterparts;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.UserSummary;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.Confidentiality;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letters of the story, in both demo registries: the Tajik Ombudsman's eleven letters to the Russian
 * Commissioner from 2023 to October 2024, on migrants' treatment at document checks and at border facilities and on
 * the detainees after the Crocus City Hall attack, and her single answer, to the October letter, with its pledge and
 * its reference to the interior ministry's monitoring. Dates and numbers are illustrative; the article gives only
 * "more than ten letters" and "October 2024".
 * <p>
 * Each office tells it from its side and in its own language. The Tajik office registers the letters as outgoing,
 * each reminder following up the one before, with summaries in Tajik, and the answer as incoming. The Russian office
 * registers them as incoming, chained the same way, each expecting its answer under Russia's rule for the letters it
 * receives (59-FZ): ten of them never answered, her backlog, and the October one answered by her letter, with
 * summaries in Russian. The letters are written in Russian, the language the two offices write to each other in.
 * Once the first start's demo is committed, and the persons and places of the other modules can be found, the
 * October complaint is linked to the migrants it names and to the border facility.
 */
@Component
class DemoLetters {

    /** Date, subject (Russian, as sent), summaries in Tajik and in Russian, and the chain it belongs to. */
    private record Story(LocalDate sentOn, String subject, String summaryTg, String summaryRu, String chain) {
    }

    private static final String MIGRANTS_CHAIN = "migrants";
    private static final String CROCUS_CHAIN = "crocus";

    private static final String MIGRANTS = "О соблюдении прав граждан Республики Таджикистан, находящихся в "
            + "Российской Федерации";

    static final LocalDate OCTOBER = LocalDate.of(2024, 10, 7);

    /** Days from the Tajik office's sending to the Russian office's receipt (and registration). */
    static final int DAYS_IN_TRANSIT = 6;

    private static final List<Story> LETTERS = List.of(
            new Story(LocalDate.of(2023, 3, 14), MIGRANTS,
                    "Хабарҳо дар бораи муносибати бераҳмона бо муҳоҷирони тоҷик ҳангоми санҷиши ҳуҷҷатҳо дар Маскав; "
                            + "аз Ваколатдор хоҳиши тафтиш.",
                    "Сообщения о жестоком обращении с таджикскими мигрантами при проверке документов в Москве; "
                            + "просьба провести проверку.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 5, 22), MIGRANTS,
                    "Ёдраскунӣ; шикоятҳои нави оилаҳои муҳоҷироне, ки то ихроҷ боздошт шудаанд.",
                    "Напоминание; новые жалобы родственников мигрантов, задержанных до выдворения.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 7, 11), MIGRANTS,
                    "Муҳоҷирон дар марказҳои махсуси нигоҳдории шаҳрвандони хориҷӣ аз мӯҳлати қарори суд зиёд нигоҳ "
                            + "дошта мешаванд.",
                    "Мигрантов содержат в специальных учреждениях для иностранных граждан дольше срока, "
                            + "установленного судом.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 9, 5), MIGRANTS,
                    "Дастрасии кормандони консулӣ ба шаҳрвандони боздоштшуда.",
                    "Доступ консульских должностных лиц к задержанным гражданам Таджикистана.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 11, 20), MIGRANTS,
                    "Ёдраскунӣ дар бораи мактубҳои қаблӣ; пешниҳоди мулоқоти ду дастгоҳ.",
                    "Напоминание о прежних письмах; предложение о встрече двух аппаратов.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 1, 16), MIGRANTS,
                    "Кӯмаки тиббӣ ба муҳоҷирони боздоштшудае, ки бемориҳои музмин доранд.",
                    "Медицинская помощь задержанным мигрантам с хроническими заболеваниями.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 3, 28), "О гражданах Республики Таджикистан, задержанных в связи с "
                    + "террористическим актом в «Крокус Сити Холле»",
                    "Хоҳиши дастрасӣ ба шаҳрвандони Тоҷикистон, ки баъд аз ҳамла ба «Крокус Сити Холл» боздошт "
                            + "шудаанд, ва маълумот дар бораи ҳолати онҳо.",
                    "Просьба о доступе к гражданам Таджикистана, задержанным после теракта в «Крокус Сити Холле», и о "
                            + "сведениях об их состоянии.", CROCUS_CHAIN),
            new Story(LocalDate.of(2024, 4, 15), "О посещении задержанных граждан Республики Таджикистан в Москве",
                    "Дар бораи сафари Ваколатдор ба Маскав хабар медиҳад ва мулоқот бо боздоштшудагонро хоҳиш "
                            + "мекунад.",
                    "Сообщение о визите Уполномоченного в Москву и просьба о встрече с задержанными.", CROCUS_CHAIN),
            new Story(LocalDate.of(2024, 6, 10), MIGRANTS,
                    "Намоиши оммавии тасвирҳои боздоштшудагони латукӯбшуда; санҷишҳои оммавии муҳоҷирон баъд аз "
                            + "ҳамла.",
                    "Публичная демонстрация изображений избитых задержанных; массовые проверки мигрантов после "
                            + "теракта.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 8, 19), MIGRANTS,
                    "Ёдраскунӣ дар бораи мактубҳои солҳои 2023 ва 2024, ки ба ҳеҷ кадоме ҷавоб нарасидааст.",
                    "Напоминание о письмах 2023 и 2024 годов, ни на одно из которых не дан ответ.", MIGRANTS_CHAIN),
            new Story(OCTOBER, "Обращение о действиях сотрудников правоохранительных органов при проверке документов и "
                    + "об условиях содержания в пограничных учреждениях",
                    "Шикояти расмӣ пас аз паҳн шудани видеоҳо дар шабакаҳои иҷтимоӣ: муносибат ҳангоми санҷиши "
                            + "ҳуҷҷатҳо; занон, кӯдакон ва пиронсолон дар муассисаҳои сарҳадӣ муддати тӯлонӣ бе ғизо ва "
                            + "нигоҳубин нигоҳ дошта шудаанд.",
                    "Официальная жалоба после распространения видеозаписей в социальных сетях: обращение с мигрантами "
                            + "при проверке документов; женщин, детей и пожилых людей подолгу содержали в пограничных "
                            + "учреждениях без питания и надлежащего ухода.", MIGRANTS_CHAIN));

    private static final LocalDate ANSWERED_ON = LocalDate.of(2024, 11, 1);
    private static final LocalDate ANSWER_RECEIVED = LocalDate.of(2024, 11, 8);
    private static final String ANSWER_REFERENCE = "01-12/4578-2024";
    private static final String ANSWER_SUBJECT = "Ответ на обращение о соблюдении прав граждан Республики "
            + "Таджикистан";
    private static final String ANSWER_BODY = "Уважаемый Умед Бобозода! Ваше обращение рассмотрено. Заверяю Вас, "
            + "что защита прав граждан Республики Таджикистан, находящихся на территории Российской Федерации, "
            + "остаётся в числе приоритетов Уполномоченного. Вопрос находится на контроле Министерства внутренних "
            + "дел Российской Федерации. Т. Н. Москалькова";

    /** The migrants the October complaint names, as each office's registry writes them. */
    private static final List<String> NAMED_IN_THE_COMPLAINT = List.of("Назарова Мавзуна", "Давлатов Сино",
            "Сафаров Икром");

    private final LetterManagement letters;
    private final CounterpartManagement counterparts;
    private final IdentityManagement identity;
    private final PersonManagement persons;
    private final PlaceManagement places;
    private final TransactionTemplate ownTransaction;

    DemoLetters(LetterManagement letters, CounterpartManagement counterparts, IdentityManagement identity,
            PersonManagement persons, PlaceManagement places, PlatformTransactionManager transactions) {
        this.letters = letters;
        this.counterparts = counterparts;
        this.identity = identity;
        this.persons = persons;
        this.places = places;
        // after the demo's transaction committed, work that joined it would never be committed
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    @Order(DemoCounterparts.ORDER + 10) // on the method: an event listener takes its order from there, not from its class
    void on(DemoInstitutionsCreated demo) {
        identity.runAsSystem(demo.byCode("tj-ombudsman").id(), () -> {
            ombudsmanSide(ombudsman("RU"), owner(demo.byCode("tj-ombudsman").id()));
            return null;
        });
        identity.runAsSystem(demo.byCode("ru-commissioner").id(), () -> {
            commissionerSide(ombudsman("TJ"), owner(demo.byCode("ru-commissioner").id()));
            return null;
        });
    }

    /**
     * Links the October complaint, in each registry, to the migrants it names and to the border facility, once they
     * can be found (after the first start's transaction); a letter that links someone already is left alone.
     */
    @TransactionalEventListener
    void link(DemoInstitutionsCreated demo) {
        ownTransaction.executeWithoutResult(status -> {
            identity.runAsSystem(demo.byCode("tj-ombudsman").id(), () -> {
                october(LetterDirection.OUTGOING, ombudsman("RU"), OCTOBER.minusDays(1)).ifPresent(this::linkVictims);
                return null;
            });
            identity.runAsSystem(demo.byCode("ru-commissioner").id(), () -> {
                october(LetterDirection.INCOMING, ombudsman("TJ"), OCTOBER.plusDays(DAYS_IN_TRANSIT))
                        .ifPresent(this::linkVictims);
                return null;
            });
        });
    }

    /** The Tajik office: eleven outgoing letters under 59-FZ, the answer incoming, a Tajik translation kept. */
    private void ombudsmanSide(UUID commissioner, String owner) {
        Map<String, UUID> lastOfChain = new HashMap<>();
        LetterView october = null;
        for (Story story : LETTERS) {
            UUID followsUp = lastOfChain.get(story.chain());
            LetterView letter = letters.register(new RegisterLetter(LetterDirection.OUTGOING,
                    story.sentOn().minusDays(1), details(commissioner, null, null, story.sentOn().minusDays(1),
                            story.sentOn(), null, story.subject(), story.summaryTg(), null, null, followsUp, true,
                            "RU-59-FZ", owner, "У. Бобозода"), null));
            lastOfChain.put(story.chain(), letter.id());
            october = letter;
        }
        LetterView translated = letters.addTranslation(october.id(), october.version(), new LetterTranslationView("tg",
                "Муроҷиат дар бораи амали кормандони мақомоти ҳифзи ҳуқуқ ҳангоми санҷиши ҳуҷҷатҳо ва шароити "
                        + "нигаҳдорӣ дар муассисаҳои сарҳадӣ",
                "Ваколатдор оид ба ҳуқуқи инсон дар Ҷумҳурии Тоҷикистон аз Ваколатдори Федератсияи Россия хоҳиш "
                        + "менамояд, ки амали кормандони мақомоти ҳифзи ҳуқуқро ҳангоми санҷиши ҳуҷҷатҳои муҳоҷирон ва "
                        + "нигоҳдории занон, кӯдакон ва пиронсолонро бе ғизо дар муассисаҳои сарҳадӣ тафтиш намояд.",
                "Дастгоҳи Ваколатдор, шуъбаи тарҷума", october.sentOn()));
        letters.register(new RegisterLetter(LetterDirection.INCOMING, ANSWER_RECEIVED,
                details(commissioner, ANSWER_REFERENCE, ANSWERED_ON, ANSWERED_ON, ANSWERED_ON, ANSWER_RECEIVED,
                        ANSWER_SUBJECT, "Ваъда дар бораи ҳифзи ҳуқуқи шаҳрвандони Тоҷикистон; масъала таҳти назорати "
                                + "Вазорати корҳои дохилии Россия қарор дорад. Қадамҳои мушаххас ошкор нашуданд.",
                        ANSWER_BODY, translated.id(), null, false, null, owner, "Т. Н. Москалькова"),
                ReplyDeadlineOutcomeKind.ANSWERED));
    }

    /**
     * The Commissioner's office: the same letters received, chained as the Tajik office sent them, each expecting
     * her answer under the rule of the letters received in Russia; her one answer, to the October letter, records
     * the answer on it.
     */
    private void commissionerSide(UUID ombudsman, String owner) {
        Map<String, UUID> lastOfChain = new HashMap<>();
        LetterView october = null;
        for (Story story : LETTERS) {
            LocalDate received = story.sentOn().plusDays(DAYS_IN_TRANSIT);
            LetterView letter = letters.register(new RegisterLetter(LetterDirection.INCOMING, received,
                    details(ombudsman, "04/" + story.sentOn().getYear() + "-" + story.sentOn().getDayOfYear(),
                            story.sentOn(), null, story.sentOn(), received, story.subject(), story.summaryRu(), null,
                            null, lastOfChain.get(story.chain()), true, null, owner, "У. Бобозода"), null));
            lastOfChain.put(story.chain(), letter.id());
            october = letter;
        }
        letters.register(new RegisterLetter(LetterDirection.OUTGOING, ANSWERED_ON, details(ombudsman, null, null,
                ANSWERED_ON, ANSWERED_ON, null, ANSWER_SUBJECT, "Заверение о защите прав граждан Таджикистана; "
                        + "вопрос находится на контроле МВД России. Конкретные меры в ответе не названы.",
                ANSWER_BODY, october.id(), null, false, null, owner, "Т. Н. Москалькова"),
                ReplyDeadlineOutcomeKind.ANSWERED));
    }

    /** The October complaint in a registry: of that direction and counterpart, registered on that day. */
    private Optional<LetterView> october(LetterDirection direction, UUID counterpart, LocalDate registeredOn) {
        return letters.find(new LetterFilter(direction, counterpart, registeredOn, registeredOn, null), null, 10)
                .items().stream().filter(l -> OCTOBER.equals(l.sentOn())).findFirst()
                .map(l -> letters.get(l.id()));
    }

    private void linkVictims(LetterView october) {
        if (!october.personIds().isEmpty() || !october.placeIds().isEmpty()) {
            return;
        }
        List<UUID> named = new ArrayList<>();
        for (String name : NAMED_IN_THE_COMPLAINT) {
            persons.search(PersonSearch.byName(name), 0, 1).items().stream().map(PersonHit::id).findFirst()
                    .ifPresent(named::add);
        }
        List<UUID> border = places.find(new PlaceFilter(null, "RU", "BORDER_FACILITY", null), null, 1).items().stream()
                .map(PlaceView::id).toList();
        letters.update(october.id(), october.version(), october.details().concerning(named, border));
    }

    private static LetterDetails details(UUID counterpart, String theirReference, LocalDate theirDate,
            LocalDate signedOn, LocalDate sentOn, LocalDate receivedOn, String subject, String summary, String body,
            UUID inReplyTo, UUID followsUp, boolean expectsReply, String rule, String owner, String signatory) {
        return new LetterDetails(counterpart, theirReference, theirDate, signedOn, sentOn, null, receivedOn,
                "DIPLOMATIC", signatory, subject, summary, body, "ru", inReplyTo, followsUp, expectsReply, rule, null,
                null, List.of(), List.of(), List.of(), List.of(), owner, Confidentiality.INTERNAL, null);
    }

    /** The other side's ombudsman in this institution's registry. */
    private UUID ombudsman(String country) {
        return counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", country, true), null, 1).items().get(0).id();
    }

    /** The demo case officer, who follows the letters. */
    private String owner(UUID institution) {
        List<UserSummary> users = new ArrayList<>(identity.users(institution));
        return users.stream().filter(u -> u.roles().contains(Role.CASE_OFFICER)).map(UserSummary::username)
                .findFirst().orElse(users.get(0).username());
    }
}
