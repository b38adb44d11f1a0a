package org.huquq.commitments;

import java.time.LocalDate;
import java.util.List;

import org.huquq.commitments.domain.CommitmentRepository;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterFilter;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterSummary;
import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.DemoInstitutionsCreated.DemoInstitution;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.huquq.shared.Confidentiality;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The commitments of the story, from both sides. In the Tajik Ombudsman's records, made to his office by the Russian
 * Commissioner: the pledge in her single answer to the October 2024 letter (with its reference to the interior
 * ministry's monitoring), and, from the phone call that replaced his failed visit to Moscow, the acknowledgement that
 * displaying images of beaten detainees violated their rights and the call for a thorough investigation. In the
 * Commissioner's own records, the same three, as made by her office to the Tajik Ombudsman. None has a follow-up:
 * "specific steps were not disclosed", so all stand in "no step reported". The words are as the article reports them,
 * in Russian; summaries are in each office's language. Exact dates and numbers are illustrative.
 * <p>
 * Runs just before the first start's transaction commits, after every module has added its part, so that the
 * counterparts and letters are already in the registries; and adds nothing to an institution that already has
 * commitments.
 */
@Component
class DemoCommitments {

    private static final String MOSKALKOVA = "Татьяна Москалькова, Уполномоченный по правам человека в Российской "
            + "Федерации";
    private static final LocalDate ANSWERED_ON = LocalDate.of(2024, 11, 1);
    private static final LocalDate CALLED_ON = LocalDate.of(2024, 4, 5);
    private static final String PLEDGE = "Уполномоченный по правам человека в Российской Федерации примет меры по "
            + "защите прав граждан Республики Таджикистан, находящихся на территории Российской Федерации. Вопрос "
            + "находится на контроле Министерства внутренних дел Российской Федерации.";
    private static final String ACKNOWLEDGEMENT = "Публичная демонстрация изображений избитых задержанных является "
            + "нарушением прав человека.";
    private static final String INVESTIGATION = "Необходимо провести тщательное расследование.";

    private final CommitmentManagement commitments;
    private final CounterpartManagement counterparts;
    private final IdentityManagement identity;
    private final CommitmentRepository repository;
    private final LetterManagement letters;

    DemoCommitments(CommitmentManagement commitments, CounterpartManagement counterparts, IdentityManagement identity,
            CommitmentRepository repository, LetterManagement letters) {
        this.letters = letters;
        this.commitments = commitments;
        this.counterparts = counterparts;
        this.identity = identity;
        this.repository = repository;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DemoInstitutionsCreated demo) {
        DemoInstitution tajik = demo.byCode("tj-ombudsman");
        if (!repository.existsByInstitutionId(tajik.id())) {
            identity.runAsSystem(tajik.id(), () -> {
                CounterpartView commissioner = ombudsman("RU");
                // the Commissioner's answer to the October 2024 letter, registered by the demo letters before this runs
                LetterSummary answer = lastLetter(LetterDirection.INCOMING, commissioner);
                madeToUs(commissioner, answer).forEach(commitments::create);
                return null;
            });
        }
        DemoInstitution russian = demo.institutions().stream().filter(i -> i.code().equals("ru-commissioner"))
                .findFirst().orElse(null);
        if (russian != null && !repository.existsByInstitutionId(russian.id())) {
            identity.runAsSystem(russian.id(), () -> {
                CounterpartView ombudsman = ombudsman("TJ");
                // her own answer to the October 2024 letter
                LetterSummary answer = lastLetter(LetterDirection.OUTGOING, ombudsman);
                madeByUs(ombudsman, answer).forEach(commitments::create);
                return null;
            });
        }
    }

    private CounterpartView ombudsman(String country) {
        return counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", country, null), null, 1).items().get(0);
    }

    private LetterSummary lastLetter(LetterDirection direction, CounterpartView counterpart) {
        return letters.find(new LetterFilter(direction, counterpart.id(), null, null, null), null, 1).items().stream()
                .findFirst().orElse(null);
    }

    /** In the Tajik office: made by the Commissioner to the Ombudsman's office, summarised in Tajik. */
    private static List<CommitmentDetails> madeToUs(CounterpartView commissioner, LetterSummary answer) {
        return List.of(
                new CommitmentDetails("PLEDGE", commissioner.id(), MOSKALKOVA, null, ANSWERED_ON,
                        CommitmentSource.LETTER, answer == null ? null : answer.id(),
                        answer == null ? "Ҷавоб ба муроҷиати Ваколатдор аз октябри соли 2024"
                                : answer.reference() + " (" + answer.theirReference() + ")",
                        PLEDGE, "ru",
                        "Ваъда оид ба ҳифзи ҳуқуқҳои шаҳрвандони Тоҷикистон дар Россия; масъала таҳти назорати "
                                + "Вазорати корҳои дохилии Россия. Ягона ҷавоб ба зиёда аз даҳ мактуб; қадамҳои "
                                + "мушаххас ошкор нашуданд.",
                        null, Confidentiality.INTERNAL, null),
                new CommitmentDetails("VIOLATION_ACKNOWLEDGED", commissioner.id(), MOSKALKOVA, null, CALLED_ON,
                        CommitmentSource.CALL, null,
                        "Гуфтугӯи телефонӣ бо Ваколатдори Россия пас аз сафари бенатиҷа ба Маскав",
                        ACKNOWLEDGEMENT, "ru",
                        "Эътироф, ки намоиши оммавии тасвирҳои боздоштшудагони латукӯбшуда (парвандаи «Крокус Сити "
                                + "Холл») ҳуқуқи инсонро вайрон кардааст.",
                        null, Confidentiality.INTERNAL, null),
                new CommitmentDetails("INVESTIGATION", commissioner.id(), MOSKALKOVA, null, CALLED_ON,
                        CommitmentSource.CALL, null,
                        "Гуфтугӯи телефонӣ бо Ваколатдори Россия пас аз сафари бенатиҷа ба Маскав",
                        INVESTIGATION, "ru",
                        "Даъват ба тафтиши ҳамаҷониба оид ба муносибат бо боздоштшудагон.",
                        null, Confidentiality.INTERNAL, null));
    }

    /** In the Russian office: made by the office itself to the Tajik Ombudsman, summarised in Russian. */
    private static List<CommitmentDetails> madeByUs(CounterpartView ombudsman, LetterSummary answer) {
        return List.of(
                new CommitmentDetails("PLEDGE", null, MOSKALKOVA, ombudsman.id(), ANSWERED_ON,
                        CommitmentSource.LETTER, answer == null ? null : answer.id(),
                        answer == null ? "Ответ на обращение Омбудсмана Республики Таджикистан от октября 2024 г."
                                : answer.reference(),
                        PLEDGE, "ru",
                        "Заверили Омбудсмана Таджикистана, что права его граждан будут защищены, и сообщили, что "
                                + "вопрос на контроле МВД России. Единственный ответ на его одиннадцать писем; "
                                + "конкретные меры не названы.",
                        null, Confidentiality.INTERNAL, null),
                new CommitmentDetails("VIOLATION_ACKNOWLEDGED", null, MOSKALKOVA, ombudsman.id(), CALLED_ON,
                        CommitmentSource.CALL, null,
                        "Телефонный разговор с Омбудсманом Республики Таджикистан после его несостоявшегося визита в "
                                + "Москву",
                        ACKNOWLEDGEMENT, "ru",
                        "Признали, что публичная демонстрация изображений избитых задержанных по делу о теракте в "
                                + "«Крокус Сити Холле» нарушила их права.",
                        null, Confidentiality.INTERNAL, null),
                new CommitmentDetails("INVESTIGATION", null, MOSKALKOVA, ombudsman.id(), CALLED_ON,
                        CommitmentSource.CALL, null,
                        "Телефонный разговор с Омбудсманом Республики Таджикистан после его несостоявшегося визита в "
                                + "Москву",
                        INVESTIGATION, "ru",
                        "Призвали к тщательному расследованию обращения с задержанными.",
                        null, Confidentiality.INTERNAL, null));
    }
}
