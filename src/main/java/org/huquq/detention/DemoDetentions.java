package org.huquq.detention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.detention.domain.DetentionRepository;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who of the story's people is held where, in each office's registry. The Commissioner's office: her nationals
 * serving sentences at YAS 3/1 in Tajikistan, who asked her during her visit to serve the rest at home (one of them
 * still held after his release day, to review), and the three Tajik migrants the Ombudsman's complaint names, held
 * at the Domodedovo border checkpoint. The Tajik office: the same migrants (a woman, a boy and an elderly man) held
 * without food, with their requests about food and water, and its nationals held in Russia, two of whom asked to go
 * home. Persons and places are the people and places modules' demo; sentences, dates and words are illustrative.
 * <p>
 * Runs once the first start's demo is committed, when persons can be found by name, in a transaction of its own; adds
 * nothing to an institution that already has detention records.
 */
@Component
class DemoDetentions {

    private static final String VISIT = "Посещение колонии ЯС 3/1 Уполномоченным, 2024";
    private static final String COMPLAINT = "Номаи Ваколатдор аз 07.10.2024";

    private final DetentionManagement detentions;
    private final DetaineeRequestManagement requests;
    private final DetentionRepository repository;
    private final PersonManagement persons;
    private final PlaceManagement places;
    private final IdentityManagement identity;
    private final TransactionTemplate ownTransaction;

    DemoDetentions(DetentionManagement detentions, DetaineeRequestManagement requests,
            DetentionRepository repository, PersonManagement persons, PlaceManagement places,
            IdentityManagement identity, PlatformTransactionManager transactions) {
        this.detentions = detentions;
        this.requests = requests;
        this.repository = repository;
        this.persons = persons;
        this.places = places;
        this.identity = identity;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(DemoInstitutionsCreated demo) {
        ownTransaction.executeWithoutResult(status -> {
            demo.institutions().stream().filter(i -> i.code().equals("tj-ombudsman")).findFirst()
                    .filter(tajik -> !repository.existsByInstitutionId(tajik.id()))
                    .ifPresent(tajik -> identity.runAsSystem(tajik.id(), () -> {
                        tajikOffice();
                        return null;
                    }));
            demo.institutions().stream().filter(i -> i.code().equals("ru-commissioner")).findFirst()
                    .filter(russian -> !repository.existsByInstitutionId(russian.id()))
                    .ifPresent(russian -> identity.runAsSystem(russian.id(), () -> {
                        commissionerOffice();
                        return null;
                    }));
        });
    }

    private void tajikOffice() {
        UUID border = place(new PlaceFilter(null, "RU", "BORDER_FACILITY", null));
        UUID lefortovo = places.findIdByCode("СИЗО-2").orElseThrow();
        UUID sakharovo = places.findIdByCode("ЦВСИГ").orElseThrow();
        LocalDate detained = LocalDate.of(2024, 9, 28);
        for (String name : List.of("Назарова Мавзуна", "Давлатов Сино", "Сафаров Икром")) {
            person(name).ifPresent(person -> {
                DetentionView held = detentions.create(new DetentionDetails(person, border, detained, null,
                        "IMMIGRATION", "Санҷиши ҳуҷҷатҳо дар гузаргоҳи сарҳадӣ", "Хадамоти сарҳадии ФСБ Россия",
                        "Видеоҳо дар шабакаҳои иҷтимоӣ ва номаи хешовандон", LocalDate.of(2024, 10, 3), null));
                requests.create(new RequestDetails(person, held.id(), "FOOD_WATER", "хешовандон",
                        LocalDate.of(2024, 10, 3), RaisedIn.OTHER, null, COMPLAINT,
                        "Се рӯз аст, ки ба мо хӯрок ва об намедиҳанд.", "tg", null));
            });
        }
        person("Раҳимов Фаррух").ifPresent(person -> {
            DetentionView held = detentions.create(new DetentionDetails(person, lefortovo, LocalDate.of(2024, 3, 25),
                    null, "PRE_TRIAL", "Моддаи 108 КМҶ ФР", "Вазорати адлияи ФР", "Маълумотномаи адвокат",
                    LocalDate.of(2024, 4, 2), null));
            requests.create(new RequestDetails(person, held.id(), "CONSULAR_ACCESS", "модараш",
                    LocalDate.of(2024, 4, 2), RaisedIn.OTHER, null, "Занги хатти боварӣ",
                    "Писарамро консул ҳанӯз надидааст.", "tg", null));
        });
        person("Шарипов Далер").ifPresent(person -> {
            DetentionView held = detentions.create(new DetentionDetails(person, lefortovo, LocalDate.of(2022, 11, 14),
                    null, DetentionManagement.SENTENCED, "Ҳукми суди ноҳиявии Лефортово", "Вазорати адлияи ФР",
                    "Маълумотномаи адвокат", LocalDate.of(2024, 2, 1), new SentenceDetails(
                            "Суди ноҳиявии Лефортовои ш. Маскав", LocalDate.of(2023, 6, 20),
                            LocalDate.of(2023, 9, 5), List.of(new Offence("КҶ ФР", "моддаи 228 қисми 2", "RU")), 6, 0,
                            0, false, LocalDate.of(2023, 6, 20), 218, "низоми умумӣ", null)));
            requests.create(new RequestDetails(person, held.id(), DetaineeRequestManagement.TRANSFER_HOME, null,
                    LocalDate.of(2024, 2, 1), RaisedIn.OTHER, null, "Аризаи маҳбус тавассути адвокат",
                    "Хоҳиш мекунам, ки мӯҳлати боқимондаи ҷазоро дар Тоҷикистон, дар назди оилаам адо кунам.", "tg",
                    null));
        });
        person("Ёрова Ҳилола").ifPresent(person -> {
            DetentionView held = detentions.create(new DetentionDetails(person, sakharovo, LocalDate.of(2024, 11, 2),
                    null, "AWAITING_EXPULSION", "Қарори суд дар бораи ихроҷи маъмурӣ", "ВКД ФР",
                    "Занги хатти боварӣ", LocalDate.of(2024, 11, 5), null));
            requests.create(new RequestDetails(person, held.id(), DetaineeRequestManagement.TRANSFER_HOME, null,
                    LocalDate.of(2024, 11, 5), RaisedIn.OTHER, null, "Занги хатти боварӣ",
                    "Мехоҳам зудтар ба хона баргардам, фарзандонам танҳо мондаанд.", "tg", null));
        });
    }

    private void commissionerOffice() {
        UUID colony = places.findIdByCode("ЯС 3/1").orElseThrow();
        UUID border = place(new PlaceFilter(null, "RU", "BORDER_FACILITY", null));
        person("Кузнецов Андрей").ifPresent(person -> {
            DetentionView held = detentions.create(sentenced(person, colony, LocalDate.of(2019, 8, 12),
                    new SentenceDetails("Суд района Сино г. Душанбе", LocalDate.of(2020, 2, 3),
                            LocalDate.of(2020, 3, 4), List.of(new Offence("УК РТ", "ст. 200 ч. 2", "TJ")), 9, 6, 0,
                            false, LocalDate.of(2020, 2, 3), 175, "общий режим", null)));
            requests.create(new RequestDetails(person, held.id(), DetaineeRequestManagement.TRANSFER_HOME, null,
                    LocalDate.of(2024, 5, 22), RaisedIn.VISIT, null, VISIT,
                    "Прошу перевести меня для отбывания оставшегося срока в Россию, ближе к семье.", "ru", null));
        });
        person("Петров Сергей").ifPresent(person -> {
            DetentionView held = detentions.create(sentenced(person, colony, LocalDate.of(2017, 5, 10),
                    new SentenceDetails("Верховный суд Республики Таджикистан", LocalDate.of(2017, 11, 28),
                            LocalDate.of(2017, 12, 29), List.of(new Offence("УК РТ", "ст. 245 ч. 3", "TJ")), 8, 0, 0,
                            false, LocalDate.of(2017, 11, 28), 202, "общий режим", null)));
            requests.create(new RequestDetails(person, held.id(), DetaineeRequestManagement.TRANSFER_HOME, null,
                    LocalDate.of(2024, 5, 22), RaisedIn.VISIT, null, VISIT,
                    "Хочу вернуться домой, в Россию: здесь у меня никого нет.", "ru", null));
            requests.create(new RequestDetails(person, held.id(), "MEDICAL_CARE", null, LocalDate.of(2024, 5, 22),
                    RaisedIn.VISIT, null, VISIT, "Нужна помощь кардиолога, в медчасти его нет.", "ru", null));
        });
        for (String name : List.of("Назарова Мавзуна", "Давлатов Сино", "Сафаров Икром")) {
            person(name).ifPresent(person -> detentions.create(new DetentionDetails(person, border,
                    LocalDate.of(2024, 9, 28), null, "IMMIGRATION", "Проверка документов в пункте пропуска",
                    "Пограничная служба ФСБ России", "Обращение Омбудсмана Республики Таджикистан от 07.10.2024",
                    LocalDate.of(2024, 10, 7), null)));
        }
    }

    private static DetentionDetails sentenced(UUID person, UUID place, LocalDate from, SentenceDetails sentence) {
        return new DetentionDetails(person, place, from, null, DetentionManagement.SENTENCED, "Приговор суда",
                "Главное управление исполнения уголовных наказаний Минюста РТ", "Беседа во время посещения",
                LocalDate.of(2024, 5, 22), sentence);
    }

    /** The first person the office's registry finds by this name. */
    private Optional<UUID> person(String name) {
        return persons.search(PersonSearch.byName(name), 0, 1).items().stream().map(PersonHit::id).findFirst();
    }

    private UUID place(PlaceFilter filter) {
        return places.find(filter, null, 1).items().stream().map(PlaceView::id).findFirst().orElseThrow();
    }
}
