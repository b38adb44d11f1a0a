package org.huquq.places;

import java.math.BigDecimal;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/** Test data for places: {@code PlaceMother.colony().named(...).confidential(team).build()}. */
public final class PlaceMother {

    private String code = "YAS 3/1";
    private String nameEn = "Correctional Colony YAS 3/1";
    private String nameRu = "Исправительная колония ЯС 3/1";
    private String nameTg = "Муассисаи ислоҳии ЯС 3/1";
    private String type = "PENAL_COLONY";
    private String authority = "MINISTRY_OF_JUSTICE";
    private String country = "TJ";
    private Confidentiality level = Confidentiality.INTERNAL;
    private UUID team;

    private PlaceMother() {
    }

    public static PlaceMother colony() {
        return new PlaceMother();
    }

    public PlaceMother named(String en, String ru, String tg) {
        this.nameEn = en;
        this.nameRu = ru;
        this.nameTg = tg;
        return this;
    }

    public PlaceMother code(String code) {
        this.code = code;
        return this;
    }

    public PlaceMother in(String country) {
        this.country = country;
        return this;
    }

    public PlaceMother type(String type, String authority) {
        this.type = type;
        this.authority = authority;
        return this;
    }

    public PlaceMother level(Confidentiality level, UUID team) {
        this.level = level;
        this.team = team;
        return this;
    }

    public PlaceDetails build() {
        return new PlaceDetails(code, nameEn, nameRu, nameTg, type, authority, country, "Dushanbe", null,
                new BigDecimal("38.5598"), new BigDecimal("68.7870"), 1200, null, level, team);
    }
}
