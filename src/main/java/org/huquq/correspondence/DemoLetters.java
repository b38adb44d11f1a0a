package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.DemoCounterparts;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.UserSummary;
import org.huquq.shared.Confidentiality;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The letters of the story, in both demo registries: the Tajik Ombudsman's eleven letters to the Russian
 * Commissioner from 2023 to October 2024, on migrants' treatment at document checks and at border facilities and on
 * the detainees after the Crocus City Hall attack, and her single answer, to the October letter, with its pledge and
 * its reference to the interior ministry's monitoring. The Tajik office registers them as outgoing (and the answer as
 * incoming), the Russian office the other way round. Dates and numbers are illustrative; the article gives only
 * "more than ten letters" and "October 2024".
 */
@Component
class DemoLetters {

    /** Date, subject (Russian, as sent), summary (English), and the chain it belongs to. */
    private record Story(LocalDate sentOn, String subject, String summary, String chain) {
    }

    private static final String MIGRANTS_CHAIN = "migrants";
    private static final String CROCUS_CHAIN = "crocus";

    private static final String MIGRANTS = "О соблюдении прав граждан Республики Таджикистан, находящихся в "
            + "Российской Федерации";

    private static final List<Story> LETTERS = List.of(
            new Story(LocalDate.of(2023, 3, 14), MIGRANTS, "Reports of abuse of Tajik migrants during document "
                    + "checks in Moscow; asks for the Commissioner's inquiry.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 5, 22), MIGRANTS, "Reminder; new complaints from families of migrants "
                    + "detained pending expulsion.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 7, 11), MIGRANTS, "Migrants held in special detention centres for "
                    + "foreign nationals beyond the term of the court's decision.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 9, 5), MIGRANTS, "Access of consular officers to detained nationals.",
                    MIGRANTS_CHAIN),
            new Story(LocalDate.of(2023, 11, 20), MIGRANTS, "Reminder of the earlier letters; asks for a meeting "
                    + "of the two offices.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 1, 16), MIGRANTS, "Medical care for detained migrants with chronic "
                    + "illnesses.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 3, 28), "О гражданах Республики Таджикистан, задержанных в связи с "
                    + "террористическим актом в «Крокус Сити Холле»", "Asks for access to Tajik nationals detained "
                    + "after the Crocus City Hall attack and for information on their condition.", CROCUS_CHAIN),
            new Story(LocalDate.of(2024, 4, 15), "О посещении задержанных граждан Республики Таджикистан в Москве",
                    "Announces the Ombudsman's visit to Moscow and asks to meet the detainees.", CROCUS_CHAIN),
            new Story(LocalDate.of(2024, 6, 10), MIGRANTS, "Public display of images of beaten detainees; mass "
                    + "checks of migrants after the attack.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 8, 19), MIGRANTS, "Reminder of the letters of 2023 and 2024, none "
                    + "answered.", MIGRANTS_CHAIN),
            new Story(LocalDate.of(2024, 10, 7), "Обращение о действиях сотрудников правоохранительных органов при "
                    + "проверке документов и об условиях содержания в пограничных учреждениях",
                    "Formal complaint after viral videos: treatment at document checks; women, children and elderly "
                    + "people held for long periods at border facilities without food or proper care.", MIGRANTS_CHAIN));

    private static final LocalDate ANSWERED_ON = LocalDate.of(2024, 11, 1);
    private static final LocalDate ANSWER_RECEIVED = LocalDate.of(2024, 11, 8);
    private static final String ANSWER_REFERENCE = "01-12/4578-2024";
    private static final String ANSWER_SUBJECT = "Ответ на обращение о соблюдении прав граждан Республики "
            + "Таджикистан";
    private static final String ANSWER_BODY = "Уважаемый Умед Бобозода! Ваше обращение рассмотрено. Заверяю Вас, "
            + "что защита прав граждан Республики Таджикистан, находящихся на территории Российской Федерации, "
            + "остаётся в числе приоритетов Уполномоченного. Вопрос находится на контроле Министерства внутренних "
            + "дел Российской Федерации. Т. Н. Москалькова";

    private final LetterManagement letters;
    private final CounterpartManagement counterparts;
    private final IdentityManagement identity;

    DemoLetters(LetterManagement letters, CounterpartManagement counterparts, IdentityManagement identity) {
        this.letters = letters;
        this.counterparts = counterparts;
        this.identity = identity;
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

    /** The Tajik office: eleven outgoing letters under 59-FZ, the answer incoming, a Tajik translation kept. */
    private void ombudsmanSide(UUID commissioner, String owner) {
        java.util.Map<String, UUID> lastOfChain = new java.util.HashMap<>();
        LetterView october = null;
        for (Story story : LETTERS) {
            UUID followsUp = lastOfChain.get(story.chain());
            LetterView letter = letters.register(new RegisterLetter(LetterDirection.OUTGOING,
                    story.sentOn().minusDays(1), details(commissioner, null, null, story.sentOn().minusDays(1),
                            story.sentOn(), null, story.subject(), story.summary(), null, null, followsUp, true,
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
                        ANSWER_SUBJECT, "Pledges to protect the rights of Tajik nationals; the matter is monitored by "
                                + "the Russian Ministry of Internal Affairs. No specific steps disclosed.",
                        ANSWER_BODY, translated.id(), null, false, null, owner, "Т. Н. Москалькова"),
                ReplyDeadlineOutcomeKind.ANSWERED));
    }

    /** The Commissioner's office: the same letters received, and its answer sent. */
    private void commissionerSide(UUID ombudsman, String owner) {
        LetterView october = null;
        for (Story story : LETTERS) {
            LocalDate received = story.sentOn().plusDays(6);
            LetterView letter = letters.register(new RegisterLetter(LetterDirection.INCOMING, received,
                    details(ombudsman, "04/" + story.sentOn().getYear() + "-" + story.sentOn().getDayOfYear(),
                            story.sentOn(), null, story.sentOn(), received, story.subject(), story.summary(), null,
                            null, null, false, null, owner, "У. Бобозода"), null));
            october = letter;
        }
        letters.register(new RegisterLetter(LetterDirection.OUTGOING, ANSWERED_ON, details(ombudsman, null, null,
                ANSWERED_ON, ANSWERED_ON, null, ANSWER_SUBJECT, "Pledge; the matter is monitored by the Ministry "
                        + "of Internal Affairs.", ANSWER_BODY, october.id(), null, false, null, owner,
                "Т. Н. Москалькова"), null));
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
        return counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", country, true), 0, 1).items().get(0).id();
    }

    /** The demo case officer, who follows the letters. */
    private String owner(UUID institution) {
        List<UserSummary> users = new ArrayList<>(identity.users(institution));
        return users.stream().filter(u -> u.roles().contains(Role.CASE_OFFICER)).map(UserSummary::username)
                .findFirst().orElse(users.get(0).username());
    }
}
