package org.huquq.imports;

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
import org.huquq.imports.domain.SpreadsheetImport;
import org.huquq.imports.domain.SpreadsheetImportRepository;
import org.huquq.shared.InstitutionMember;
import org.springframework.stereotype.Component;

/**
 * Names imports in the audit trail by their reference, linked to the import's page, for readers of the institution
 * who may see identities (as the import pages are shown); others read a restricted record.
 */
@Component
class ImportAuditLabels implements AuditRecordLabels {

    private final SpreadsheetImportRepository imports;
    private final AccessPolicy access;

    ImportAuditLabels(SpreadsheetImportRepository imports, AccessPolicy access) {
        this.imports = imports;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(ImportManagement.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        for (SpreadsheetImport found : imports.findAllById(ids)) {
            labels.put(found.getId().toString(), found.getInstitutionId().equals(user.institutionId())
                    && access.canSeeIdentities(user)
                            ? AuditRecordLabel.of(found.getReference(), "/imports/" + found.getId())
                            : AuditRecordLabel.restrictedRecord());
        }
        return labels;
    }
}
