package org.huquq.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.huquq.shared.Ids;

/** A tenant: an ombudsman's office whose data no other institution's users ever see. */
@Entity
public class Institution {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    private String countryCode;

    @Column(nullable = false)
    private String defaultLanguage;

    private boolean mfaRequired;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Institution() {
    }

    public Institution(String code, String name, String countryCode, String defaultLanguage) {
        this.id = Ids.next();
        this.code = code;
        this.name = name;
        this.countryCode = countryCode;
        this.defaultLanguage = defaultLanguage;
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public boolean isMfaRequired() {
        return mfaRequired;
    }

    public void setMfaRequired(boolean mfaRequired) {
        this.mfaRequired = mfaRequired;
    }

    public long getVersion() {
        return version;
    }
}
