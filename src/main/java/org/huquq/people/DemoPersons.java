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
 * each under the spellings that Tajik letters, Russian records and passports give them; and the Russian nationals
 * serving sentences in colony YAS 3/1 whom the Russian Commissioner met.
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
            russianOffice(russian.monitoringTeamId()).forEach(persons::register);
            return null;
        });
    }

    private static List<RegisterPerson> tajikOffice(UUID casesTeam) {
        return List.of(
                person(Sex.MALE, "1991-03-14", Confidentiality.CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Раҳимов", "Фаррух", "Шералиевич", "tg", "Letter of the family"),
                                name("Рахимов", "Фаррух", "Шералиевич", "ru", "Moscow police record"),
                                name("Rakhimov", "Farrukh", null, "en", "Passport")),
                        List.of(new NewDocument(DocumentType.PASSPORT, "400123456", "TJ", null, null)),
                        List.of(new NewContact(Relation.PARENT, "Раҳимова Зарина", "+992 93 555 01 23", "TJ"))),
                person(Sex.FEMALE, "1986", Confidentiality.CONFIDENTIAL, casesTeam,
                        Set.of(VulnerabilityMarker.WOMAN, VulnerabilityMarker.NEEDS_INTERPRETER),
                        List.of(name("Назарова", "Мавзуна", null, "tg", "Video statement"),
                                name("Nazarova", "Mavzuna", null, "en", "Migration card")),
                        List.of(new NewDocument(DocumentType.MIGRATION_CARD, "4617 № 0912345", "RU", null, null)),
                        List.of()),
                person(Sex.MALE, "2009-11", Confidentiality.STRICTLY_CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Давлатов", "Сино", null, "tg", "Border facility list"),
                                name("Davlatov", "Sino", null, "en", "Birth certificate")),
                        List.of(new NewDocument(DocumentType.BIRTH_CERTIFICATE, "II-ДТ 045123", "TJ", null, null)),
                        List.of(new NewContact(Relation.PARENT, "Давлатова Гулноза", "+992 91 700 44 10", "TJ"))),
                person(Sex.MALE, "1958", Confidentiality.INTERNAL, null, Set.of(VulnerabilityMarker.SERIOUS_ILLNESS),
                        List.of(name("Сафаров", "Икром", "Ҷӯраевич", "tg", "Complaint of the son"),
                                name("Сафаров", "Икром", "Джураевич", "ru", "Border service reply")),
                        List.of(), List.of()),
                person(Sex.MALE, "1994", Confidentiality.STRICTLY_CONFIDENTIAL, casesTeam, Set.of(),
                        List.of(name("Шарипов", "Далер", null, "tg", "Lawyer's note"),
                                name("Sharipov", "Daler", null, "en", "Media report")),
                        List.of(), List.of()),
                person(Sex.FEMALE, "1979-06-02", Confidentiality.INTERNAL, null, Set.of(VulnerabilityMarker.WOMAN),
                        List.of(name("Ёрова", "Ҳилола", null, "tg", "Hotline call"),
                                name("Ерова", "Хилола", null, "ru", "Detention centre list")),
                        List.of(), List.of()));
    }

    private static List<RegisterPerson> russianOffice(UUID monitoringTeam) {
        return List.of(
                person(Sex.MALE, "1975-02-20", Confidentiality.CONFIDENTIAL, monitoringTeam, Set.of(),
                        List.of(name("Кузнецов", "Андрей", "Викторович", "ru", "Interview at YAS 3/1"),
                                name("Kuznetsov", "Andrey", null, "en", "Passport")),
                        List.of(new NewDocument(DocumentType.PASSPORT, "72 1234567", "RU", null, null)),
                        List.of(new NewContact(Relation.SPOUSE, "Кузнецова Ольга", "+7 912 345 67 89", "RU"))),
                person(Sex.MALE, "1968", Confidentiality.CONFIDENTIAL, monitoringTeam, Set.of(),
                        List.of(name("Петров", "Сергей", "Иванович", "ru", "Interview at YAS 3/1")),
                        List.of(), List.of(new NewContact(Relation.CHILD, "Петрова Анна", "+7 903 111 22 33", "RU"))));
    }

    private static NewName name(String family, String given, String patronymic, String language, String source) {
        return new NewName(family, given, patronymic, null, language, source, NameStatus.CURRENT);
    }

    private static RegisterPerson person(Sex sex, String born, Confidentiality level, UUID team,
            Set<VulnerabilityMarker> markers, List<NewName> names, List<NewDocument> documents,
            List<NewContact> contacts) {
        String nationality = names.get(0).language().equals("ru") ? "RU" : "TJ";
        return new RegisterPerson(new PersonDetails(sex, born, Set.of(nationality),
                Set.of(names.get(0).language()), markers, null, level, team), names, documents, contacts);
    }
}
