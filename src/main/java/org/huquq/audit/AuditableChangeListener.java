package org.huquq.audit;

import org.huquq.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the audit entry of a change published as an event, inside the publisher's transaction. */
@Component
class AuditableChangeListener {

    private final AuditLog audit;

    AuditableChangeListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuditableChange change) {
        audit.record(AuditAction.valueOf(change.action()), change.objectType(), change.objectId(),
                AuditOutcome.SUCCESS, change.detail());
    }
}
