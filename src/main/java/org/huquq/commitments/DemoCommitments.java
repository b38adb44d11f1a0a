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
 * The commitments of the story, in the Tajik Ombudsman's demo records: the pledge in the single answer to the October
 * 2024 letter (with its reference to the interior ministry's monitoring), and, from the phone call that replaced the
 * failed visit to Moscow, the acknowledgement that displaying images of beaten detainees violated their rights and
 * the call for a thorough investigation. None has a follow-up: "specific steps were not disclosed", so all three
 * stand in "no step reported". The words are as the article reports them, in Russian; the exact dates and numbers
 * are not in the article and are illustrative.
 * <p>
 * Runs just before the first start's transaction commits, after every module has added its part, so that the
 * Commissioner is already in the registry of institutions; and adds nothing when the institution already has
 * commitments.
 */
@Component
class DemoCommitments {

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
        if (repository.existsByInstitutionId(tajik.id())) {
            return;
        }
        identity.runAsSystem(tajik.id(), () -> {
            CounterpartView commissioner = counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", "RU", null),
                    0, 1).items().get(0);
            // the Commissioner's answer to the October 2024 letter, registered by the demo letters before this runs
            LetterSummary answer = letters.find(new LetterFilter(LetterDirection.INCOMING, commissioner.id(), null,
                    null, null), 0, 1).letters().stream().findFirst().orElse(null);
            story(commissioner, answer).forEach(commitments::create);
            return null;
        });
    }

    private static List<CommitmentDetails> story(CounterpartView commissioner, LetterSummary answer) {
        String speaker = "Татьяна Москалькова, Уполномоченный по правам человека в Российской Федерации";
        return List.of(
                new CommitmentDetails("PLEDGE", commissioner.id(), speaker, null, LocalDate.of(2024, 11, 1),
                        CommitmentSource.LETTER, answer == null ? null : answer.id(),
                        answer == null ? "Ответ на обращение Омбудсмана Республики Таджикистан от октября 2024 г."
                                : answer.reference() + " (" + answer.theirReference() + ")",
                        "Уполномоченный по правам человека в Российской Федерации примет меры по защите прав "
                                + "граждан Республики Таджикистан, находящихся на территории Российской Федерации. "
                                + "Вопрос находится на контроле Министерства внутренних дел Российской Федерации.",
                        "ru",
                        "Ваъда оид ба ҳифзи ҳуқуқҳои шаҳрвандони Тоҷикистон дар Россия; масъала таҳти назорати "
                                + "Вазорати корҳои дохилии Россия. Қадамҳои мушаххас ошкор нашуданд. / Pledge to "
                                + "protect the rights of Tajik nationals in Russia; the issue is monitored by the "
                                + "Russian Ministry of Internal Affairs. The only answer to more than ten letters; "
                                + "specific steps were not disclosed.",
                        null, Confidentiality.INTERNAL, null),
                new CommitmentDetails("VIOLATION_ACKNOWLEDGED", commissioner.id(), speaker, null,
                        LocalDate.of(2024, 4, 5), CommitmentSource.CALL, null,
                        "Телефонный разговор с Уполномоченным после несостоявшегося визита в Москву",
                        "Публичная демонстрация изображений избитых задержанных является нарушением прав человека.",
                        "ru",
                        "Эътироф, ки намоиши оммавии тасвирҳои боздоштшудагони латукӯбшуда ҳуқуқҳои онҳоро вайрон "
                                + "кардааст. / Acknowledged that publicly displaying images of beaten detainees "
                                + "(Crocus City Hall case) violated their human rights.",
                        null, Confidentiality.INTERNAL, null),
                new CommitmentDetails("INVESTIGATION", commissioner.id(), speaker, null, LocalDate.of(2024, 4, 5),
                        CommitmentSource.CALL, null,
                        "Телефонный разговор с Уполномоченным после несостоявшегося визита в Москву",
                        "Необходимо провести тщательное расследование.",
                        "ru",
                        "Даъват ба тафтиши ҳамаҷониба оид ба муносибат бо боздоштшудагон. / Called for a thorough "
                                + "investigation of the treatment of the detainees.",
                        null, Confidentiality.INTERNAL, null));
    }
}
