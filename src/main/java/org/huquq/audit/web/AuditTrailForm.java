package org.huquq.audit.web;

import java.time.LocalDate;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditTrailFilter;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the audit trail page, as the query string carries them. */
public class AuditTrailForm {

    private String user;
    private String kind;
    private AuditAction action;
    private boolean sensitive;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    AuditTrailFilter toFilter() {
        return new AuditTrailFilter(user, kind, action, sensitive, from, to);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
