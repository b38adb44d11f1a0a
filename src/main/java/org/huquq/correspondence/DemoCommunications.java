package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.DemoInstitutionsCreated.DemoInstitution;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.Confidentiality;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call of the story, in both offices' logs, each in its own language: after his visit to Moscow to see Tajik
 * citizens detained after the Crocus City Hall attack failed, the Tajik Ombudsman discussed it with the Russian
 * Commissioner by phone, and she acknowledged that showing images of beaten detainees violated their rights and called
 * for an investigation. The article gives no date: the one here is illustrative, in spring 2024.
 * <p>
 * Added once the first start's demo is committed, when the counterparts, persons and places of the other modules
 * exist (and are searchable), in a transaction of its own. Only the first start publishes the demo event, so a restart
 * adds nothing; and the call is added only if it is not recorded yet.
 */
@Component
class DemoCommunications {

    static final LocalDate CALL_DATE = LocalDate.of(2024, 4, 5);
    static final String SUBJECT = "Дастрасӣ ба шаҳрвандони Тоҷикистон, ки баъд аз ҳамлаи терористӣ дар "
            + "«Крокус Сити Холл» дар Маскав боздошт шудаанд";
    static final String SUBJECT_RU = "О гражданах Таджикистана, задержанных в Москве после теракта в «Крокус Сити "
            + "Холле»";

    private final CommunicationManagement communications;
    private final CounterpartManagement counterparts;
    private final PersonManagement persons;
    private final PlaceManagement places;
    private final IdentityManagement identity;
    private final TransactionTemplate ownTransaction;

    DemoCommunications(CommunicationManagement communications, CounterpartManagement counterparts,
            PersonManagement persons, PlaceManagement places, IdentityManagement identity,
            PlatformTransactionManager transactions) {
        this.communications = communications;
        this.counterparts = counterparts;
        this.persons = persons;
        this.places = places;
        this.identity = identity;
        // after the demo's transaction committed, work that joined it would never be committed
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(DemoInstitutionsCreated demo) {
        DemoInstitution tajik = demo.byCode("tj-ombudsman");
        ownTransaction.executeWithoutResult(status -> identity.runAsSystem(tajik.id(), () -> {
            ombudsman("RU").filter(commissioner -> notRecordedYet(commissioner, SUBJECT))
                    .ifPresent(commissioner -> record(commissioner, tajik.casesTeamId()));
            return null;
        }));
        demo.institutions().stream().filter(i -> i.code().equals("ru-commissioner")).findFirst()
                .ifPresent(russian -> ownTransaction.executeWithoutResult(status -> identity.runAsSystem(russian.id(),
                        () -> {
                            ombudsman("TJ").filter(ombudsman -> notRecordedYet(ombudsman, SUBJECT_RU))
                                    .ifPresent(ombudsman -> recordHerSide(ombudsman, russian.casesTeamId()));
                            return null;
                        })));
    }

    /** The other side's ombudsman in this registry: the one ombudsman of that country there. */
    private Optional<CounterpartView> ombudsman(String country) {
        return counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", country, null), null, 1).items().stream()
                .findFirst();
    }

    private boolean notRecordedYet(CounterpartView counterpart, String subject) {
        return communications.find(new CommunicationFilter(counterpart.id(), "PHONE_CALL", CALL_DATE, CALL_DATE),
                null, CommunicationManagement.MAX_PAGE_SIZE).items().stream()
                .noneMatch(call -> call.subject().equals(subject));
    }

    /** The same call in the Commissioner's log, in Russian: her acknowledgement and call for an investigation. */
    private void recordHerSide(CounterpartView ombudsman, UUID casesTeam) {
        communications.create(new CommunicationDetails("PHONE_CALL", CALL_DATE, null, ombudsman.id(),
                List.of(new CommunicationParticipant("Татьяна Москалькова", CommunicationSide.OURS,
                                "Уполномоченный по правам человека в Российской Федерации"),
                        new CommunicationParticipant("Умед Бобозода", CommunicationSide.THEIRS,
                                "Ваколатдор оид ба ҳуқуқи инсон дар Ҷумҳурии Тоҷикистон")),
                SUBJECT_RU,
                "Омбудсман Республики Таджикистан приезжал в Москву, чтобы встретиться с гражданами Таджикистана, "
                        + "задержанными в связи с терактом в «Крокус Сити Холле»; встреча не состоялась. Вместо неё "
                        + "вопрос обсудили по телефону: условия содержания задержанных, обращение с ними и "
                        + "распространение в социальных сетях изображений избитых задержанных.",
                "Уполномоченный признала, что публичная демонстрация изображений избитых задержанных является "
                        + "нарушением прав человека, и призвала к тщательному расследованию. Омбудсман ожидает "
                        + "конкретных шагов; о принятых мерах сообщить ему пока нечего.",
                "ru", List.of(), List.of(), Confidentiality.CONFIDENTIAL, casesTeam));
    }

    private void record(CounterpartView commissioner, UUID casesTeam) {
        // Lefortovo, where the suspects were held: the one Russian pre-trial centre of the demo registry
        List<UUID> lefortovo = places.find(new PlaceFilter(null, "RU", "PRE_TRIAL_DETENTION", null), null, 1).items()
                .stream().map(PlaceView::id).toList();
        // a detainee the office follows (strictly confidential, in the cases team)
        List<UUID> detainee = persons.search(PersonSearch.byName("Шарипов Далер"), 0, 1).items().stream()
                .map(PersonHit::id).toList();
        communications.create(new CommunicationDetails("PHONE_CALL", CALL_DATE, null, commissioner.id(),
                List.of(new CommunicationParticipant("Умед Бобозода", CommunicationSide.OURS,
                                "Ваколатдор оид ба ҳуқуқи инсон дар Ҷумҳурии Тоҷикистон"),
                        new CommunicationParticipant("Татьяна Москалькова", CommunicationSide.THEIRS,
                                "Уполномоченный по правам человека в Российской Федерации")),
                SUBJECT,
                "Сафари Ваколатдор ба Маскав барои мулоқот бо шаҳрвандони Тоҷикистон, ки дар робита ба ҳамлаи "
                        + "терористӣ дар «Крокус Сити Холл» боздошт шудаанд, натиҷа надод: ба ӯ иҷозати дидани "
                        + "онҳоро надоданд. Масъала ба ҷойи мулоқот бо Т. Москалькова тавассути телефон муҳокима "
                        + "шуд: шароити нигоҳдории боздоштшудагон, муносибат бо онҳо ва паҳн шудани тасвирҳои "
                        + "боздоштшудагони латукӯбшуда дар шабакаҳои иҷтимоӣ.",
                "Т. Москалькова эътироф кард, ки ба таври оммавӣ нишон додани тасвирҳои боздоштшудагони латукӯбшуда "
                        + "вайронкунии ҳуқуқи инсон аст, ва ба таҳқиқи ҳамаҷониба даъват кард. Қадамҳои мушаххас "
                        + "ҳанӯз маълум нестанд: пайгирӣ лозим аст.",
                "tg", detainee, lefortovo, Confidentiality.CONFIDENTIAL, casesTeam));
    }
}
