package org.huquq.places;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.DemoInstitutionsCreated.DemoInstitution;
import org.huquq.identity.IdentityManagement;
import org.huquq.shared.Confidentiality;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The places of the story, in both demo institutions' registries: the colony the Russian Commissioner visited in
 * Tajikistan, and the Russian facilities where the Tajik Ombudsman's nationals were held (the border facility of his
 * complaint in both).
 */
@Component
class DemoPlaces {

    private final PlaceManagement places;
    private final IdentityManagement identity;

    DemoPlaces(PlaceManagement places, IdentityManagement identity) {
        this.places = places;
        this.identity = identity;
    }

    @EventListener
    void on(DemoInstitutionsCreated demo) {
        DemoInstitution tajik = demo.byCode("tj-ombudsman");
        DemoInstitution russian = demo.byCode("ru-commissioner");
        create(tajik.id(), tajikRegistry(tajik.monitoringTeamId()));
        create(russian.id(), russianRegistry(russian.monitoringTeamId()));
    }

    private void create(UUID institution, List<PlaceDetails> registry) {
        identity.runAsSystem(institution, () -> {
            registry.forEach(places::create);
            return null;
        });
    }

    private static List<PlaceDetails> tajikRegistry(UUID monitoringTeam) {
        return List.of(
                place("ЦВСИГ", "Centre for the temporary detention of foreign nationals, Sakharovo",
                        "Центр временного содержания иностранных граждан «Сахарово»",
                        "Маркази нигоҳдории муваққатии шаҳрвандони хориҷӣ «Сахарово»",
                        "MIGRATION_DETENTION", "MINISTRY_OF_INTERIOR", "RU", "Moscow", "55.3100", "37.2700", 2000,
                        Confidentiality.INTERNAL, null),
                place(null, "Border checkpoint holding room, Domodedovo airport",
                        "Помещение для задержанных пункта пропуска через государственную границу, аэропорт Домодедово",
                        "Ҳуҷраи нигоҳдории боздоштшудагони гузаргоҳи сарҳадӣ, фурудгоҳи Домодедово",
                        "BORDER_FACILITY", "BORDER_SERVICE", "RU", "Moscow region", "55.4088", "37.9063", null,
                        Confidentiality.INTERNAL, null),
                place("СИЗО-2", "Pre-trial detention centre No. 2 (Lefortovo), Moscow",
                        "Следственный изолятор № 2 (Лефортово), Москва",
                        "Тавқифгоҳи тафтишотии № 2 (Лефортово), Маскав",
                        "PRE_TRIAL_DETENTION", "MINISTRY_OF_JUSTICE", "RU", "Moscow", "55.7590", "37.6980", null,
                        Confidentiality.CONFIDENTIAL, monitoringTeam),
                place("ЯС 3/1", "Correctional Colony YAS 3/1", "Исправительная колония ЯС 3/1",
                        "Муассисаи ислоҳии ЯС 3/1",
                        "PENAL_COLONY", "MINISTRY_OF_JUSTICE", "TJ", "Dushanbe", null, null, null,
                        Confidentiality.PUBLIC, null),
                place("СИЗО-1", "Pre-trial detention centre No. 1, Dushanbe", "Следственный изолятор № 1, Душанбе",
                        "Тавқифгоҳи тафтишотии № 1, Душанбе",
                        "PRE_TRIAL_DETENTION", "MINISTRY_OF_JUSTICE", "TJ", "Dushanbe", null, null, null,
                        Confidentiality.INTERNAL, null));
    }

    private static List<PlaceDetails> russianRegistry(UUID monitoringTeam) {
        return List.of(
                place("ЯС 3/1", "Correctional Colony YAS 3/1", "Исправительная колония ЯС 3/1",
                        "Муассисаи ислоҳии ЯС 3/1",
                        "PENAL_COLONY", "MINISTRY_OF_JUSTICE", "TJ", "Dushanbe", null, null, null,
                        Confidentiality.PUBLIC, null),
                place("СИЗО-1", "Pre-trial detention centre No. 1 (Matrosskaya Tishina), Moscow",
                        "Следственный изолятор № 1 (Матросская Тишина), Москва",
                        "Тавқифгоҳи тафтишотии № 1 (Матросская Тишина), Маскав",
                        "PRE_TRIAL_DETENTION", "MINISTRY_OF_JUSTICE", "RU", "Moscow", "55.7927", "37.7086", null,
                        Confidentiality.INTERNAL, null),
                // where the Tajik Ombudsman's complaint of October 2024 says women, children and elderly people
                // were held without food: the Commissioner's office has it in its own registry
                place(null, "Border checkpoint holding room, Domodedovo airport",
                        "Помещение для задержанных пункта пропуска через государственную границу, аэропорт Домодедово",
                        "Ҳуҷраи нигоҳдории боздоштшудагони гузаргоҳи сарҳадӣ, фурудгоҳи Домодедово",
                        "BORDER_FACILITY", "BORDER_SERVICE", "RU", "Moscow region", "55.4088", "37.9063", null,
                        Confidentiality.INTERNAL, null),
                place("ИВС", "Temporary detention facility of the Internal Affairs Directorate, Moscow",
                        "Изолятор временного содержания УВД, Москва",
                        "Ҷойи нигоҳдории муваққатии Раёсати корҳои дохилӣ, Маскав",
                        "POLICE_TEMPORARY_DETENTION", "MINISTRY_OF_INTERIOR", "RU", "Moscow", null, null, null,
                        Confidentiality.CONFIDENTIAL, monitoringTeam));
    }

    private static PlaceDetails place(String code, String en, String ru, String tg, String type, String authority,
            String country, String region, String latitude, String longitude, Integer capacity,
            Confidentiality level, UUID team) {
        return new PlaceDetails(code, en, ru, tg, type, authority, country, region, null,
                latitude == null ? null : new BigDecimal(latitude), longitude == null ? null : new BigDecimal(longitude),
                capacity, null, level, team);
    }
}
