package org.huquq.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.DemoInstitutionsCreated.DemoInstitution;
import org.huquq.identity.IdentityManagement;
import org.huquq.shared.Confidentiality;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The fictional people of the story: Tajik migrants and detainees in Russia followed by the Tajik Ombudsman's office,
 * each under the spellings that Tajik letters, Russian records and passports give them; and, in the Russian
 * Commissioner's office, the Russian nationals serving sentences in colony YAS 3/1 whom she met and the migrants the
 * Tajik Ombudsman's complaint names. Where each name was found is said in the office's own language.
 */
@Component
class DemoPersons {

    private final PersonManagement persons;
    private final IdentityManagement identity;

    DemoPersons(PersonManagement persons, IdentityManagement identity) {
        this.persons = persons;
        this.identity = identity;
    }

    @EventListener
    void on(DemoInstitutionsCreated demo) {
        DemoInstitution tajik = demo.byCode("tj-ombudsman");
        DemoInstitution russian = demo.byCode("ru-commissioner");
        identity.runAsSystem(tajik.id(), () -> {
            tajikOffice(tajik.casesTeamId()).forEach(persons::register);
            return null;
        });
        identity.runAsSystem(russian.id(), () -> {
            russianOffice(russian.monitoringTeamId(), russian.casesTeamId()).forEach(persons::register);
            return null;
        });
    }

    /** Followed by the Tajik office; sources named in Tajik, as its staff write them. */
    private static List<RegisterPerson> tajikOffice(UUID casesTeam) {
        return List.of(
                person(Sex.MALE, "1991-03-14", "TJ", Confidentiality.CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Раҳимов", "Фаррух", "Шералиевич", "tg", "Номаи оила"),
                                name("Рахимов", "Фаррух", "Шералиевич", "ru", "Маълумотномаи пулиси Маскав"),
                                name("Rakhimov", "Farrukh", null, "en", "Шиноснома")),
                        List.of(new NewDocument(DocumentType.PASSPORT, "400123456", "TJ", null, null)),
                        List.of(new NewContact(Relation.PARENT, "Раҳимова Зарина", "+992 93 555 01 23", "TJ"))),
                person(Sex.FEMALE, "1986", "TJ", Confidentiality.CONFIDENTIAL, casesTeam,
                        Set.of(VulnerabilityMarker.WOMAN, VulnerabilityMarker.NEEDS_INTERPRETER),
                        List.of(name("Назарова", "Мавзуна", null, "tg", "Изҳороти видеоӣ"),
                                name("Nazarova", "Mavzuna", null, "en", "Корти муҳоҷиратӣ")),
                        List.of(new NewDocument(DocumentType.MIGRATION_CARD, "4617 № 0912345", "RU", null, null)),
                        List.of()),
                person(Sex.MALE, "2009-11", "TJ", Confidentiality.STRICTLY_CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Давлатов", "Сино", null, "tg", "Рӯйхати муассисаи сарҳадӣ"),
                                name("Davlatov", "Sino", null, "en", "Шаҳодатномаи таваллуд")),
                        List.of(new NewDocument(DocumentType.BIRTH_CERTIFICATE, "II-ДТ 045123", "TJ", null, null)),
                        List.of(new NewContact(Relation.PARENT, "Давлатова Гулноза", "+992 91 700 44 10", "TJ"))),
                person(Sex.MALE, "1958", "TJ", Confidentiality.INTERNAL, null,
                        Set.of(VulnerabilityMarker.SERIOUS_ILLNESS),
                        List.of(name("Сафаров", "Икром", "Ҷӯраевич", "tg", "Шикояти писар"),
                                name("Сафаров", "Икром", "Джураевич", "ru", "Ҷавоби хадамоти сарҳадӣ")),
                        List.of(), List.of()),
                person(Sex.MALE, "1994", "TJ", Confidentiality.STRICTLY_CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Шарипов", "Далер", null, "tg", "Маълумотномаи адвокат"),
                                name("Sharipov", "Daler", null, "en", "Хабари васоити ахбор")),
                        List.of(), List.of()),
                person(Sex.FEMALE, "1979-06-02", "TJ", Confidentiality.INTERNAL, null,
                        Set.of(VulnerabilityMarker.WOMAN),
                        List.of(name("Ёрова", "Ҳилола", null, "tg", "Занги хатти боварӣ"),
                                name("Ерова", "Хилола", null, "ru", "Рӯйхати маркази нигоҳдорӣ")),
                        List.of(), List.of()));
    }

    /**
     * Followed by the Russian office, sources named in Russian: the nationals it met in YAS 3/1, and the three
     * migrants the Tajik Ombudsman's complaint of October 2024 names (a woman, a boy and an elderly man held at the
     * border), as his letter spells them.
     */
    private static List<RegisterPerson> russianOffice(UUID monitoringTeam, UUID casesTeam) {
        String complaint = "Обращение Омбудсмана Республики Таджикистан от 07.10.2024";
        return List.of(
                person(Sex.MALE, "1975-02-20", "RU", Confidentiality.CONFIDENTIAL, monitoringTeam, Set.of(),
                        List.of(name("Кузнецов", "Андрей", "Викторович", "ru", "Беседа в ЯС 3/1"),
                                name("Kuznetsov", "Andrey", null, "en", "Паспорт")),
                        List.of(new NewDocument(DocumentType.PASSPORT, "72 1234567", "RU", null, null)),
                        List.of(new NewContact(Relation.SPOUSE, "Кузнецова Ольга", "+7 912 345 67 89", "RU"))),
                person(Sex.MALE, "1968", "RU", Confidentiality.CONFIDENTIAL, monitoringTeam, Set.of(),
                        List.of(name("Петров", "Сергей", "Иванович", "ru", "Беседа в ЯС 3/1")),
                        List.of(), List.of(new NewContact(Relation.CHILD, "Петрова Анна", "+7 903 111 22 33", "RU"))),
                person(Sex.FEMALE, "1986", "TJ", Confidentiality.CONFIDENTIAL, casesTeam,
                        Set.of(VulnerabilityMarker.WOMAN), List.of(name("Назарова", "Мавзуна", null, "ru", complaint)),
                        List.of(), List.of()),
                person(Sex.MALE, "2009-11", "TJ", Confidentiality.CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Давлатов", "Сино", null, "ru", complaint)), List.of(), List.of()),
                person(Sex.MALE, "1958", "TJ", Confidentiality.CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Сафаров", "Икром", "Джураевич", "ru", complaint)), List.of(), List.of()));
    }

    private static NewName name(String family, String given, String patronymic, String language, String source) {
        return new NewName(family, given, patronymic, null, language, source, NameStatus.CURRENT);
    }

    private static RegisterPerson person(Sex sex, String born, String nationality, Confidentiality level, UUID team,
            Set<VulnerabilityMarker> markers, List<NewName> names, List<NewDocument> documents,
            List<NewContact> contacts) {
        return new RegisterPerson(new PersonDetails(sex, born, Set.of(nationality),
                Set.of(nationality.equals("TJ") ? "tg" : "ru"), markers, null, level, team), names, documents,
                contacts);
    }
}
