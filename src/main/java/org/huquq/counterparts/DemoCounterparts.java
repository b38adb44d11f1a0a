package org.huquq.counterparts;

import java.util.List;
import java.util.UUID;

import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The institutions of the story, in the demo registries: the bodies the Tajik Ombudsman's office writes to about
 * its nationals in Russia (the Russian Commissioner first of all), and the Tajik bodies the Russian Commissioner's
 * office dealt with on her visit to colony YAS 3/1. Public bodies are as in the article; contact persons other than
 * the Commissioner are fictional. Notes are in the office's own language: Tajik in the Ombudsman's registry, Russian in
 * the Commissioner's.
 */
@Component
public class DemoCounterparts {

    /** Demo data that refers to the counterparts is created after them. */
    public static final int ORDER = 100;

    private final CounterpartManagement counterparts;
    private final IdentityManagement identity;

    DemoCounterparts(CounterpartManagement counterparts, IdentityManagement identity) {
        this.counterparts = counterparts;
        this.identity = identity;
    }

    @EventListener
    @Order(DemoCounterparts.ORDER) // on the method: an event listener takes its order from there, not from its class
    void on(DemoInstitutionsCreated demo) {
        identity.runAsSystem(demo.byCode("tj-ombudsman").id(), () -> {
            tajikRegistry();
            return null;
        });
        identity.runAsSystem(demo.byCode("ru-commissioner").id(), () -> {
            russianRegistry();
            return null;
        });
    }

    private void tajikRegistry() {
        counterparts.create(body("OMBUDSMAN", "RU",
                "High Commissioner for Human Rights in the Russian Federation",
                "Уполномоченный по правам человека в Российской Федерации",
                "Ваколатдор оид ба ҳуқуқи инсон дар Федератсияи Россия", null, null)
                .address("ул. Мясницкая, д. 47, Москва, 107084, Россия").website("https://ombudsmanrf.org")
                .notes("Аз соли 2023 дар бораи муносибат бо муҳоҷирони тоҷик зиёда аз даҳ мактуб фиристода "
                        + "шуд; танҳо ба мактуби октябри соли 2024 ҷавоб омад.")
                .contact(new ContactPerson("Татьяна Москалькова", "Уполномоченный по правам человека", null, null))
                .build());
        CounterpartView interior = counterparts.create(body("MINISTRY", "RU",
                "Ministry of Internal Affairs of the Russian Federation",
                "Министерство внутренних дел Российской Федерации",
                "Вазорати корҳои дохилии Федератсияи Россия", null, "МВД России")
                .address("ул. Житная, д. 16, Москва, 119049, Россия").website("https://mvd.ru").build());
        counterparts.create(body("MINISTRY", "RU",
                "Main Directorate for Migration Affairs of the Ministry of Internal Affairs of Russia",
                "Главное управление по вопросам миграции МВД России",
                "Сарраёсати масъалаҳои муҳоҷирати Вазорати корҳои дохилии Россия", null, "ГУВМ МВД России")
                .parent(interior.id())
                .notes("Санҷиши ҳуҷҷатҳои муҳоҷирон ва боздошти онҳо то ихроҷ.").build());
        counterparts.create(body("BORDER_SERVICE", "RU",
                "Border Service of the Federal Security Service of the Russian Federation",
                "Пограничная служба Федеральной службы безопасности Российской Федерации",
                "Хадамоти сарҳадии Хадамоти федералии амнияти Федератсияи Россия", null, "ПС ФСБ России")
                .notes("Муассисаҳои сарҳадие, ки дар онҳо занон, кӯдакон ва пиронсолон нигоҳ дошта шуданд.")
                .build());
        counterparts.create(body("PROSECUTOR", "RU",
                "Prosecutor General's Office of the Russian Federation",
                "Генеральная прокуратура Российской Федерации",
                "Прокуратураи генералии Федератсияи Россия", null, null)
                .address("ул. Большая Дмитровка, д. 15а, Москва, 125993, Россия").build());
        counterparts.create(body("EMBASSY", "TJ",
                "Embassy of the Republic of Tajikistan in the Russian Federation",
                "Посольство Республики Таджикистан в Российской Федерации",
                "Сафорати Ҷумҳурии Тоҷикистон дар Федератсияи Россия", null, null)
                .address("Гранатный пер., д. 13, Москва, Россия")
                .contact(new ContactPerson("Раҳимов Фаррух", "Консул", null, null)).build());
        counterparts.create(body("MINISTRY", "TJ",
                "Ministry of Labour, Migration and Employment of the Population of the Republic of Tajikistan",
                "Министерство труда, миграции и занятости населения Республики Таджикистан",
                "Вазорати меҳнат, муҳоҷират ва шуғли аҳолии Ҷумҳурии Тоҷикистон", null, null)
                .address("Душанбе, Ҷумҳурии Тоҷикистон").build());
        counterparts.create(body("INTERNATIONAL_ORGANISATION", "RU",
                "International Committee of the Red Cross, Regional Delegation in Moscow",
                "Международный комитет Красного Креста, региональная делегация в Москве",
                "Кумитаи байналмилалии Салиби Сурх, намояндагии минтақавӣ дар Маскав",
                "Comité international de la Croix-Rouge, délégation régionale à Moscou", "МККК")
                .nativeLanguage("fr").website("https://www.icrc.org").build());
        counterparts.create(body("INTERNATIONAL_ORGANISATION", "TJ",
                "International Organization for Migration, Mission in Tajikistan",
                "Международная организация по миграции, миссия в Таджикистане",
                "Созмони байналмилалии муҳоҷират, намояндагӣ дар Тоҷикистон", null, "IOM")
                .website("https://www.iom.int").build());
    }

    private void russianRegistry() {
        counterparts.create(body("OMBUDSMAN", "TJ",
                "Human Rights Ombudsman of the Republic of Tajikistan",
                "Уполномоченный по правам человека в Республике Таджикистан",
                "Ваколатдор оид ба ҳуқуқи инсон дар Ҷумҳурии Тоҷикистон", null, null)
                .address("Душанбе, Ҷумҳурии Тоҷикистон")
                .notes("С 2023 года направил более десяти писем о нарушениях прав таджикских мигрантов в России; "
                        + "ответ дан на письмо от октября 2024 года.")
                .contact(new ContactPerson("Умед Бобозода", "Ваколатдор оид ба ҳуқуқи инсон", null, null))
                .build());
        counterparts.create(body("MINISTRY", "TJ",
                "Ministry of Justice of the Republic of Tajikistan",
                "Министерство юстиции Республики Таджикистан",
                "Вазорати адлияи Ҷумҳурии Тоҷикистон", null, null)
                .notes("В ведении министерства — исправительная колония ЯС 3/1, которую Уполномоченный посетила "
                        + "в ходе официального визита.").build());
    }

    private static Body body(String kind, String country, String en, String ru, String tg, String own,
            String abbreviation) {
        return new Body(kind, country, en, ru, tg, own, abbreviation);
    }

    /** A demo counterpart under construction. */
    private static final class Body {
        private final String kind;
        private final String country;
        private final String en;
        private final String ru;
        private final String tg;
        private final String own;
        private final String abbreviation;
        private String ownLanguage;
        private UUID parent;
        private String address;
        private String website;
        private String notes;
        private List<ContactPerson> contacts = List.of();

        Body(String kind, String country, String en, String ru, String tg, String own, String abbreviation) {
            this.kind = kind;
            this.country = country;
            this.en = en;
            this.ru = ru;
            this.tg = tg;
            this.own = own;
            this.abbreviation = abbreviation;
        }

        Body nativeLanguage(String language) {
            this.ownLanguage = language;
            return this;
        }

        Body parent(UUID parent) {
            this.parent = parent;
            return this;
        }

        Body address(String address) {
            this.address = address;
            return this;
        }

        Body website(String website) {
            this.website = website;
            return this;
        }

        Body notes(String notes) {
            this.notes = notes;
            return this;
        }

        Body contact(ContactPerson person) {
            this.contacts = List.of(person);
            return this;
        }

        CounterpartDetails build() {
            return new CounterpartDetails(kind, country, en, ru, tg, own, ownLanguage, abbreviation, parent, address,
                    null, null, website, notes, true, contacts);
        }
    }
}
