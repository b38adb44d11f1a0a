package org.huquq.places;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.places.domain.PlaceName;
import org.huquq.places.domain.PlaceRepository;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.Multilingual;
import org.springframework.stereotype.Component;

/** Names places in the audit trail by name and official code, for readers who may read them. */
@Component
class PlaceAuditLabels implements AuditRecordLabels {

    private final PlaceRepository places;
    private final AccessPolicy access;

    PlaceAuditLabels(PlaceRepository places, AccessPolicy access) {
        this.places = places;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PlaceManagement.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            for (PlaceName place : places.findNames(ids)) {
                labels.put(place.id().toString(), access.canRead(user, place)
                        ? AuditRecordLabel.of(label(place, locale), "/places/" + place.id())
                        : AuditRecordLabel.restrictedRecord());
            }
        }
        return labels;
    }

    /** "Colony No. 3 (TJ-COL-3)": the name in the reader's language, else another, with the code where known. */
    private static String label(PlaceName place, Locale locale) {
        String code = place.code() == null || place.code().isBlank() ? null : place.code();
        String preferred = Multilingual.pick(locale, place.nameEn(), place.nameRu(), place.nameTg());
        for (String name : new String[] { preferred, place.nameEn(), place.nameRu(), place.nameTg() }) {
            if (name != null && !name.isBlank()) {
                return code == null || name.contains(code) ? name : name + " (" + code + ")";
            }
        }
        return code;
    }
}
